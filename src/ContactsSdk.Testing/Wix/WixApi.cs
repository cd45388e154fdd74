using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Wix;

/// <summary>
/// Emulates the Wix Contacts v4, Labels and Extended Fields APIs plus the OAuth token endpoint on the shared skeleton:
/// API-key and OAuth auth (401/403), the optional per-site quota (429), query strictness (400), then per-site stores and
/// Wix error bodies.
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

    protected override FakeApiException UnknownQueryParameter(string name)
        => WixErrors.Invalid(name, "is not a query parameter of this endpoint");

    // Wix's error shape for a request field it does not know is UNCONFIRMED; the check itself can be turned off in one place.
    protected override FakeQuery Admit(WixEndpoint endpoint, string grant, FakeHttpRequest request)
    {
        var query = FakeQuery.Parse(request.Query);
        return WixFakeDefaults.RefusesUnknownQueryParameters ? RequireDeclared(query, endpoint.QueryParameters) : query;
    }

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
        const string Labels = "/contacts/v4/labels";
        const string Fields = "/contacts/v4/extended-fields";
        const string ContactId = WixQueryParameters.ContactId;
        const string TargetId = WixQueryParameters.TargetContactId;
        const string Key = WixQueryParameters.Key;
        return new FakeRouter<WixEndpoint>()
            .Map("POST", "/oauth2/token", WixEndpoint.TokenExchange)
            .Map("POST", Contacts, WixEndpoint.Of(WixContactEndpoints.Create))
            .Map("GET", Contacts, WixEndpoint.Of(WixContactEndpoints.List, WixQueryParameters.ListContacts))
            .Map("POST", Contacts + "/query", WixEndpoint.Of(WixContactEndpoints.Query))
            .Map("GET", Contacts + "/{id}", WixEndpoint.Of(WixContactEndpoints.Get, WixQueryParameters.GetContact))
            .Map("PATCH", Contacts + "/{id}", WixEndpoint.Of(WixContactEndpoints.Update, ContactId))
            .Map("DELETE", Contacts + "/{id}", WixEndpoint.Of(WixContactEndpoints.Delete, ContactId))
            .Map("POST", Contacts + "/{id}/labels", WixEndpoint.Of(WixContactEndpoints.Label, ContactId))
            .Map("DELETE", Contacts + "/{id}/labels", WixEndpoint.Of(WixContactEndpoints.Unlabel, WixQueryParameters.Unlabel))
            .Map("POST", Contacts + "/{id}/merge", WixEndpoint.Of(WixMergeEndpoints.Merge, TargetId))
            .Map("POST", Contacts + "/{id}/preview-merge", WixEndpoint.Of(WixMergeEndpoints.Preview, TargetId))
            .Map("POST", "/contacts/v4/bulk/contacts/delete", WixEndpoint.Of(WixBulkEndpoints.Delete))
            .Map("POST", "/contacts/v4/bulk/contacts/update", WixEndpoint.Of(WixBulkEndpoints.Update))
            .Map("POST", "/contacts/v4/bulk/contacts/add-remove-labels", WixEndpoint.Of(WixBulkEndpoints.AddRemoveLabels))
            .Map("GET", WixFakeDefaults.BulkJobPath, WixEndpoint.Of(WixBulkEndpoints.GetJob, WixQueryParameters.JobId))
            .Map("POST", Labels, WixEndpoint.Of(WixLabelEndpoints.FindOrCreate))
            .Map("GET", Labels, WixEndpoint.Of(WixLabelEndpoints.List, WixQueryParameters.ListLabels))
            .Map("POST", Labels + "/query", WixEndpoint.Of(WixLabelEndpoints.Query))
            .Map("GET", Labels + "/{id}", WixEndpoint.Of(WixLabelEndpoints.Get, WixQueryParameters.GetLabel))
            .Map("PATCH", Labels + "/{id}", WixEndpoint.Of(WixLabelEndpoints.Rename, Key))
            .Map("DELETE", Labels + "/{id}", WixEndpoint.Of(WixLabelEndpoints.Delete, Key))
            .Map("POST", Fields, WixEndpoint.Of(WixFieldEndpoints.FindOrCreate))
            .Map("GET", Fields, WixEndpoint.Of(WixFieldEndpoints.List, WixQueryParameters.ListFields))
            .Map("POST", Fields + "/query", WixEndpoint.Of(WixFieldEndpoints.Query))
            .Map("GET", Fields + "/{id}", WixEndpoint.Of(WixFieldEndpoints.Get, Key))
            .Map("PATCH", Fields + "/{id}", WixEndpoint.Of(WixFieldEndpoints.Rename, Key))
            .Map("DELETE", Fields + "/{id}", WixEndpoint.Of(WixFieldEndpoints.Delete, Key));
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
