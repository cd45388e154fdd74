using ContactsSdk.Testing.Infrastructure;
using ContactsSdk.Testing.Wix;

namespace ContactsSdk.Testing;

/// <summary>
/// Runs an in-process, stateful, strict fake of the Wix Contacts v4 REST API (contacts, labels, extended fields, merge,
/// bulk jobs) and its OAuth token endpoint, for tests that must not touch the network.
/// </summary>
/// <remarks>
/// <para>Each site (the <c>wix-site-id</c> header, or the site an OAuth token was issued for) has its own store, seeded
/// with the SYSTEM labels <c>contacts.customers</c> and <c>contacts.contacted-me</c> and a few SYSTEM extended fields.</para>
/// <para>Strict: an endpoint it does not emulate answers 501 <c>NOT_EMULATED</c>, and a filter, operator or sort outside
/// the documented matrix answers the matching 400 code. Errors carry Wix's body:
/// <c>{"message", "details": {"applicationError": {"code", "description", "data"}}}</c> or <c>validationError.fieldViolations</c>.</para>
/// </remarks>
public sealed class WixFake : VendorFake
{
    /// <summary>The pre-registered API key, accepted for any site id.</summary>
    public const string DefaultCredential = "IST.wixfake-default-api-key";

    /// <summary>The site the samples and defaults use.</summary>
    public const string DefaultSiteId = "5e0a1c7e-3f1d-4a8e-9d61-2c6f0e6b7a01";

    /// <summary>The app id of the pre-registered OAuth app.</summary>
    public const string DefaultAppId = "7f2c5d8b-wixfake-app";

    /// <summary>The secret of the pre-registered OAuth app.</summary>
    public const string DefaultAppSecret = "wixfake-app-secret-0123456789";

    /// <summary>The app instance installed on <see cref="DefaultSiteId"/>.</summary>
    public const string DefaultInstanceId = "9b1e4f2a-wixfake-instance";

    private readonly WixApi _api;

    private WixFake(WixApi api, TimeProvider timeProvider, int port)
        : base(api, api.Overrides, timeProvider, port: port)
    {
        _api = api;
    }

    /// <summary>Starts a fake on a free loopback port.</summary>
    /// <param name="options">The options; defaults when null.</param>
    /// <returns>The running fake; dispose it to stop it.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static WixFake Start(WixFakeOptions? options = null)
    {
        options ??= new WixFakeOptions();
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        if (options.TokenLifetime <= TimeSpan.Zero || options.MaxCustomFields < 0 || options.MaxLabels < 0 || options.BulkJobDuration < TimeSpan.Zero)
        {
            throw new ArgumentException("TokenLifetime must be positive; the quotas and BulkJobDuration cannot be negative.", nameof(options));
        }

        var quota = FakeDefaults.StartingQuota(options.RateLimitPerMinute, nameof(options));
        return new WixFake(new WixApi(options, quota), options.TimeProvider, CheckPort(options.Port, nameof(options)));
    }

    /// <summary>Registers an API key, limited to some sites or valid for any.</summary>
    /// <param name="apiKey">The key, sent raw in <c>Authorization</c>.</param>
    /// <param name="siteIds">The sites it may act on; null or empty for any site.</param>
    /// <exception cref="ArgumentException"><paramref name="apiKey"/> is blank.</exception>
    public void AddCredential(string apiKey, IEnumerable<string>? siteIds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        var sites = siteIds?.ToHashSet(StringComparer.Ordinal);
        _api.AddApiKey(apiKey, sites is { Count: > 0 } ? sites : null);
    }

    /// <summary>Registers an OAuth app instance installed on a site, for <c>POST /oauth2/token</c>.</summary>
    /// <param name="appId">The app id (<c>client_id</c>).</param>
    /// <param name="appSecret">The app secret (<c>client_secret</c>).</param>
    /// <param name="instanceId">The instance id (<c>instance_id</c>).</param>
    /// <param name="siteId">The site the instance is installed on.</param>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public void AddAppInstance(string appId, string appSecret, string instanceId, string siteId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        ArgumentException.ThrowIfNullOrWhiteSpace(appSecret);
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        _api.AddAppInstance(appId, appSecret, instanceId, siteId);
    }

    /// <summary>Invalidates every issued OAuth token, so the next call with one answers 401.</summary>
    public void ExpireTokens() => _api.ExpireTokens();

    /// <summary>Limits each site to <paramref name="perMinute"/> requests in any sliding minute; more answer 429.</summary>
    /// <param name="perMinute">The limit; Wix documents 200 per minute per instance.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perMinute"/> is not positive.</exception>
    public void EnableRateLimit(int perMinute = 200)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perMinute);
        _api.EnableQuota(new RateLimitWindow(perMinute, TimeSpan.FromMinutes(1)));
    }

    /// <summary>Stops limiting requests.</summary>
    public void DisableRateLimit() => _api.DisableQuota();

    /// <inheritdoc />
    /// <remarks>For Wix: every site holds only its SYSTEM labels and fields, only <see cref="DefaultCredential"/> and the default app instance remain, and no OAuth token is valid.</remarks>
    public override void Reset()
    {
        ClearFaults();
        _api.Reset();
        ClearJournal();
    }

    /// <summary>Stores a contact directly, without HTTP and bypassing the duplicate check, e.g. a site member.</summary>
    /// <param name="first">The first name.</param>
    /// <param name="last">The last name.</param>
    /// <param name="email">The primary email, if any.</param>
    /// <param name="phone">The primary phone, if any.</param>
    /// <param name="isMember">Whether the contact is a site member (cannot be deleted or merged away).</param>
    /// <param name="createdDate">The creation time; defaults to the fake's clock.</param>
    /// <param name="siteId">The site to store it in.</param>
    /// <param name="labels">The display names of its labels; a label the site lacks is created, as <c>POST /labels</c> would.</param>
    /// <returns>The new contact's id.</returns>
    /// <exception cref="ArgumentException"><paramref name="siteId"/> or a label is blank, or a value breaks Wix's contact rules.</exception>
    public string SeedContact(
        string? first, string? last = null, string? email = null, string? phone = null, bool isMember = false,
        DateTimeOffset? createdDate = null, string siteId = DefaultSiteId, IEnumerable<string>? labels = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        var seed = new WixSeeder.Seed(
            first, last, email is null ? [] : [email], phone is null ? [] : [phone], labels?.ToList(), null, null, isMember, createdDate);
        return _api.WithStore(siteId, (store, now) => WixSeeder.SeedContact(store, now, seed));
    }

    /// <summary>Gets how many contacts a site has.</summary>
    /// <param name="siteId">The site.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentException"><paramref name="siteId"/> is blank.</exception>
    public int ContactCount(string siteId = DefaultSiteId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        return _api.WithStore(siteId, (store, _) => store.Contacts.Count);
    }

    /// <inheritdoc />
    private protected override string SeedDraft(ContactDraft draft)
    {
        var emails = ChannelValues(draft, ChannelKind.Email);
        var phones = ChannelValues(draft, ChannelKind.Phone);
        if (draft.Channels.Count > emails.Count + phones.Count)
        {
            throw new ArgumentException("Seed keeps a Wix contact's emails and phones only.", nameof(draft));
        }

        if (draft.CustomFields is { Count: > 0 })
        {
            throw new ArgumentException("Seed does not create Wix extended fields; create the contact over HTTP instead.", nameof(draft));
        }

        var name = draft.Name;
        var first = name?.First ?? (name?.Last is null ? name?.Full : null);
        var seed = new WixSeeder.Seed(first, name?.Last, emails, phones, draft.Tags, draft.Company, draft.JobTitle, IsMember: false, CreatedDate: null);
        return _api.WithStore(DefaultSiteId, (store, now) => WixSeeder.SeedContact(store, now, seed));
    }
}
