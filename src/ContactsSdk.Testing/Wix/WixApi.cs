using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Wix;

/// <summary>
/// Emulates the Wix Contacts v4, Labels and Extended Fields APIs plus the OAuth token endpoint on the shared skeleton:
/// API-key and OAuth auth (401/403), the optional per-site quota (429), then per-site stores and Wix error bodies.
/// </summary>
internal sealed class WixApi : FakeApi<WixEndpoint, string>
{
    private const string SiteHeader = "wix-site-id";
    private const string AccountHeader = "wix-account-id";

    private readonly ConcurrentDictionary<string, WixStore> _stores = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>?> _apiKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string AppId, string InstanceId), (string Secret, string SiteId)> _instances = new();
    private readonly ConcurrentDictionary<string, (string SiteId, DateTimeOffset Expires)> _tokens = new(StringComparer.Ordinal);
    private readonly WixFakeOptions _options;

    public WixApi(WixFakeOptions options, IReadOnlyList<RateLimitWindow>? startingQuota)
        : base(nameof(WixFake), CreateRouter(), options.TimeProvider, startingQuota)
    {
        _options = options;
        AddDefaults();
    }

    protected override string NotEmulatedCode => "NOT_EMULATED";

    protected override string UnexpectedErrorCode => "INTERNAL";

    public void AddApiKey(string apiKey, IReadOnlySet<string>? siteIds) => _apiKeys[apiKey] = siteIds;

    public void AddAppInstance(string appId, string appSecret, string instanceId, string siteId)
        => _instances[(appId, instanceId)] = (appSecret, siteId);

    public void ExpireTokens() => _tokens.Clear();

    public void Reset()
    {
        _stores.Clear();
        _apiKeys.Clear();
        _instances.Clear();
        _tokens.Clear();
        ResetSkeleton();
        AddDefaults();
    }

    public T WithStore<T>(string siteId, Func<WixStore, DateTimeOffset, T> action)
    {
        var store = _stores.GetOrAdd(siteId, _ => new WixStore());
        lock (store.Sync)
        {
            return action(store, TimeProvider.GetUtcNow());
        }
    }

    public override FakeHttpResponse CreateMalformedResponse() => FakeHttpResponse.Json(200, """{"contact":{"id":"8046df3c""");

    public override void Decorate(FakeHttpResponse response) => response.WithHeader(WixFakeDefaults.RequestIdHeader, Guid.NewGuid().ToString());

    protected override string QuotaKey(string grant) => grant;

    protected override FakeApiException QuotaExceeded()
        => WixErrors.App(429, "RESOURCE_EXHAUSTED", "Too many requests: the site is limited to its requests per minute");

    protected override FakeHttpResponse Invoke(
        WixEndpoint endpoint, string grant, FakeHttpRequest request, FakeQuery query, IReadOnlyDictionary<string, string> routeValues)
        => WithStore(grant, (store, now) => endpoint.Handle(new WixCall(request, query, routeValues, store, now, _options)));

    protected override bool IsAnonymous(WixEndpoint endpoint) => ReferenceEquals(endpoint, WixEndpoint.TokenExchange);

    protected override FakeHttpResponse HandleAnonymous(WixEndpoint endpoint, FakeHttpRequest request, IReadOnlyDictionary<string, string> routeValues)
        => IssueToken(request);

    // A wrongly typed JSON value (a number where a string belongs, say) is the caller's error, not the fake's.
    protected override FakeApiException? Translate(Exception exception)
        => exception is InvalidOperationException or FormatException or JsonException
            ? WixErrors.Invalid("body", $"has a value of the wrong type: {exception.Message}")
            : null;

    protected override FakeApiException InjectedError(int statusCode)
        => WixErrors.App(statusCode, WixErrors.CodeFor(statusCode), $"Injected failure {statusCode}");

    protected override FakeHttpResponse Error(FakeApiException error) => FakeHttpResponse.Json(error.StatusCode, WixErrors.Body(error));

    private void AddDefaults()
    {
        AddApiKey(WixFake.DefaultCredential, null);
        AddAppInstance(WixFake.DefaultAppId, WixFake.DefaultAppSecret, WixFake.DefaultInstanceId, WixFake.DefaultSiteId);
    }

    private static FakeRouter<WixEndpoint> CreateRouter()
    {
        const string Contacts = "/contacts/v4/contacts";
        return new FakeRouter<WixEndpoint>()
            .Map("POST", "/oauth2/token", WixEndpoint.TokenExchange)
            .Map("POST", Contacts, new(WixContactEndpoints.Create))
            .Map("GET", Contacts, new(WixContactEndpoints.List))
            .Map("POST", Contacts + "/query", new(WixContactEndpoints.Query))
            .Map("GET", Contacts + "/{id}", new(WixContactEndpoints.Get))
            .Map("PATCH", Contacts + "/{id}", new(WixContactEndpoints.Update))
            .Map("DELETE", Contacts + "/{id}", new(WixContactEndpoints.Delete))
            .Map("POST", Contacts + "/{id}/labels", new(WixContactEndpoints.Label))
            .Map("DELETE", Contacts + "/{id}/labels", new(WixContactEndpoints.Unlabel))
            .Map("POST", Contacts + "/{id}/merge", new(WixMergeEndpoints.Merge))
            .Map("POST", Contacts + "/{id}/preview-merge", new(WixMergeEndpoints.Preview))
            .Map("POST", "/contacts/v4/bulk/contacts/delete", new(WixBulkEndpoints.Delete))
            .Map("POST", "/contacts/v4/bulk/contacts/update", new(WixBulkEndpoints.Update))
            .Map("POST", "/contacts/v4/bulk/contacts/add-remove-labels", new(WixBulkEndpoints.AddRemoveLabels))
            .Map("POST", "/contacts/v4/labels", new(WixLabelEndpoints.FindOrCreate))
            .Map("GET", "/contacts/v4/labels", new(WixLabelEndpoints.List))
            .Map("POST", "/contacts/v4/labels/query", new(WixLabelEndpoints.Query))
            .Map("GET", "/contacts/v4/labels/{id}", new(WixLabelEndpoints.Get))
            .Map("PATCH", "/contacts/v4/labels/{id}", new(WixLabelEndpoints.Rename))
            .Map("DELETE", "/contacts/v4/labels/{id}", new(WixLabelEndpoints.Delete))
            .Map("POST", "/contacts/v4/extended-fields", new(WixFieldEndpoints.FindOrCreate))
            .Map("GET", "/contacts/v4/extended-fields", new(WixFieldEndpoints.List))
            .Map("POST", "/contacts/v4/extended-fields/query", new(WixFieldEndpoints.Query))
            .Map("GET", "/contacts/v4/extended-fields/{id}", new(WixFieldEndpoints.Get))
            .Map("PATCH", "/contacts/v4/extended-fields/{id}", new(WixFieldEndpoints.Rename))
            .Map("DELETE", "/contacts/v4/extended-fields/{id}", new(WixFieldEndpoints.Delete));
    }

    /// <summary>Resolves the site: an OAuth token names its own; an API key needs <c>wix-site-id</c> (§1).</summary>
    protected override string Authenticate(FakeHttpRequest request, IReadOnlyDictionary<string, string> routeValues)
    {
        var header = request.GetHeader("Authorization")?.Trim();
        if (string.IsNullOrEmpty(header))
        {
            throw Unauthenticated("Missing Authorization header");
        }

        var bearer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        var credential = bearer ? header[7..].Trim() : header;
        if (_tokens.TryGetValue(credential, out var token) && (!bearer || WixFakeDefaults.AcceptsBearerAccessToken))
        {
            return token.Expires > TimeProvider.GetUtcNow()
                ? token.SiteId
                : throw Unauthenticated("The access token has expired");
        }

        if (!_apiKeys.TryGetValue(credential, out var sites))
        {
            throw Unauthenticated("Invalid API key or access token");
        }

        if (bearer && !WixFakeDefaults.AcceptsBearerApiKey)
        {
            throw Unauthenticated("An API key goes in the Authorization header as it is, without 'Bearer '");
        }

        var siteId = request.GetHeader(SiteHeader);
        if (request.GetHeader(AccountHeader) is not null && siteId is not null)
        {
            throw WixErrors.Invalid(SiteHeader, "send wix-site-id or wix-account-id, not both");
        }

        if (string.IsNullOrWhiteSpace(siteId))
        {
            throw PermissionDenied("Site-level APIs need the wix-site-id header");
        }

        return sites is null || sites.Contains(siteId)
            ? siteId
            : throw PermissionDenied("The API key does not belong to the site's account");
    }

    private FakeHttpResponse IssueToken(FakeHttpRequest request)
    {
        JsonObject body;
        try
        {
            body = FakeJsonBody.Parse(request.Body ?? "{}") as JsonObject ?? [];
        }
        catch (JsonException)
        {
            throw WixErrors.Invalid("body", "is not valid JSON");
        }

        if (body["grant_type"]?.GetValue<string>() != "client_credentials")
        {
            throw WixErrors.Invalid("grant_type", "must be client_credentials");
        }

        var appId = body["client_id"]?.GetValue<string>() ?? string.Empty;
        var instanceId = body["instance_id"]?.GetValue<string>() ?? string.Empty;
        if (!_instances.TryGetValue((appId, instanceId), out var instance) || instance.Secret != body["client_secret"]?.GetValue<string>())
        {
            throw Unauthenticated("Unknown app, secret or instance");
        }

        var accessToken = "OAUTH2." + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
        _tokens[accessToken] = (instance.SiteId, TimeProvider.GetUtcNow() + _options.TokenLifetime);
        return WixCall.Ok(new JsonObject
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)_options.TokenLifetime.TotalSeconds,
        });
    }

    private static FakeApiException Unauthenticated(string message) => WixErrors.App(401, "UNAUTHENTICATED", message);

    private static FakeApiException PermissionDenied(string message) => WixErrors.App(403, "PERMISSION_DENIED", message);
}
