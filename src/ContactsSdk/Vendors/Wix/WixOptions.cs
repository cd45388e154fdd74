using System.Net.Http.Headers;
using ContactsSdk.Resilience;
using ContactsSdk.Configuration;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Configures a client for one Wix site: either an API key with the site id, or an OAuth app (app id, secret and
/// the instance installed on the site).
/// </summary>
public sealed class WixOptions : ContactsClientOptions
{
    /// <summary>The public API root.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://www.wixapis.com/");

    private static readonly IdempotentPosts WixApiPosts = IdempotentPosts.Of<IWixApi>();

    /// <summary>Initializes options with the public API root.</summary>
    public WixOptions()
    {
        BaseAddress = DefaultBaseAddress;
    }

    /// <summary>Gets or sets an API key from the site owner's account, sent raw as <c>Authorization</c>.</summary>
    /// <value>Required with <see cref="SiteId"/> unless the OAuth settings are used. Never logged or printed.</value>
    /// <remarks>Every Wix credential and id here must be visible ASCII (no spaces, control characters or non-ASCII letters), checked at start-up.</remarks>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Gets or sets the site id, sent as <c>wix-site-id</c> with an API key. With OAuth it is not sent, but set it too:
    /// Wix's quota (200 requests a minute) is the site's, so every client that names the same site — by API key or OAuth —
    /// paces against one shared budget. An OAuth client without it paces per <see cref="InstanceId"/>.
    /// </summary>
    /// <value>Required with <see cref="ApiKey"/>; recommended with OAuth.</value>
    public string? SiteId { get; set; }

    /// <summary>Gets or sets the OAuth app id (<c>client_id</c>).</summary>
    /// <value>Required with <see cref="AppSecret"/> and <see cref="InstanceId"/> when no API key is set.</value>
    public string? AppId { get; set; }

    /// <summary>Gets or sets the OAuth app secret (<c>client_secret</c>).</summary>
    /// <value>Never logged or printed.</value>
    public string? AppSecret { get; set; }

    /// <summary>Gets or sets the app instance id installed on the site (<c>instance_id</c>); the token it yields selects the site.</summary>
    public string? InstanceId { get; set; }

    internal bool UsesOAuth => string.IsNullOrWhiteSpace(ApiKey);

    internal override IEnumerable<string?> Secrets => [ApiKey, AppSecret];

    /// <summary>The name of the header that names the site an API key acts on.</summary>
    internal const string SiteIdHeader = "wix-site-id";

    // API keys go raw in Authorization (no scheme) with the site id; OAuth tokens are added per request by
    // WixAuthenticationHandler.
    internal override void Authenticate(HttpRequestHeaders headers)
    {
        if (UsesOAuth)
        {
            return;
        }

        headers.TryAddWithoutValidation("Authorization", ApiKey);
        headers.TryAddWithoutValidation(SiteIdHeader, SiteId);
    }

    // The safe POSTs are declared on IWixApi ([IdempotentPost]) and on the token request (WixTokenSource).
    internal override bool IsIdempotentPost(HttpRequestMessage request) => WixApiPosts.Contains(request);

    /// <summary>[DOC] 200 requests per minute per site.</summary>
    internal override IReadOnlyList<ContactsQuota> PublishedQuotas { get; } = [new ContactsQuota(200, TimeSpan.FromMinutes(1))];

    /// <summary>Wix counts its quota per site, whichever key or app instance calls; an OAuth client that does not name its site falls back to its instance.</summary>
    internal override IEnumerable<string?> QuotaPartition => [SiteId ?? InstanceId];
}
