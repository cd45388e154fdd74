using System.Net.Http.Headers;
using ContactsSdk.Resilience;
using ContactsSdk.Configuration;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>Configures a client for one Ecwid store (a token works only for its own store).</summary>
public sealed class EcwidOptions : ContactsClientOptions
{
    /// <summary>The public REST API v3 root; the store id is appended to it.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://app.ecwid.com/api/v3/");

    /// <summary>Initializes options with the public API root.</summary>
    public EcwidOptions()
    {
        BaseAddress = DefaultBaseAddress;
    }

    /// <summary>Gets or sets the numeric store id, e.g. <c>1003</c>.</summary>
    /// <value>Required; positive.</value>
    public long StoreId { get; set; }

    /// <summary>Gets or sets the app's <c>secret_…</c> access token, sent as <c>Authorization: Bearer</c> and never in the query string.</summary>
    /// <value>Required; visible ASCII only, checked at start-up. A <c>public_…</c> token is refused: it cannot read or write customers. Never logged or printed.</value>
    public string? AccessToken { get; set; }

    internal override IEnumerable<string?> Secrets => [AccessToken];

    // The token is bound to one store, so the store id is part of the credential: every path is under {BaseAddress}/{StoreId}/.
    internal override Uri? RequestRoot => StoreAddress();

    // The token goes in the header only: Ecwid disabled ?token= query parameters in March 2025.
    internal override void Authenticate(HttpRequestHeaders headers)
        => headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);

    /// <summary>Ecwid's limit per token ([DOC] 600 requests per minute); the fake enforces the same.</summary>
    internal override IReadOnlyList<ContactsQuota> PublishedQuotas { get; } = [new ContactsQuota(600, TimeSpan.FromMinutes(1))];

    /// <summary>Gets the store's API root, <c>{BaseAddress}/{StoreId}/</c>.</summary>
    internal Uri StoreAddress()
    {
        var root = BaseAddress!.ToString();
        return new Uri((root.EndsWith('/') ? root : root + "/") + StoreId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/");
    }

    /// <summary>Customers belong to the store, whichever token writes them: every client of one store shares its write locks.</summary>
    internal override string WriteLockScope => $"{BaseAddress}|{StoreId.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
