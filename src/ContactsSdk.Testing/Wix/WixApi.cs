using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Wix;

/// <summary>
/// Emulates the Wix Contacts v4, Labels and Extended Fields APIs plus the OAuth token endpoint: strict routing,
/// per-site stores, API-key and OAuth auth, an optional per-site rate limit, and Wix error bodies.
/// </summary>
/// <remarks>Checks run in this order: route (501), auth (401/403), rate limit (429), handler.</remarks>
internal sealed class WixApi : IFakeApi
{
    private const string SiteHeader = "wix-site-id";
    private const string AccountHeader = "wix-account-id";

    private readonly ConcurrentDictionary<string, WixStore> _stores = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>?> _apiKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string AppId, string InstanceId), (string Secret, string SiteId)> _instances = new();
    private readonly ConcurrentDictionary<string, (string SiteId, DateTimeOffset Expires)> _tokens = new(StringComparer.Ordinal);
    private readonly FakeRouter<WixEndpoint> _router = CreateRouter();
    private readonly TimeProvider _timeProvider;
    private readonly WixFakeOptions _options;
    private volatile SlidingWindowRateLimiter? _rateLimiter;

    public WixApi(WixFakeOptions options)
    {
        _options = options;
        _timeProvider = options.TimeProvider;
        AddDefaults();
    }

    public void AddApiKey(string apiKey, IReadOnlySet<string>? siteIds) => _apiKeys[apiKey] = siteIds;

    public void AddAppInstance(string appId, string appSecret, string instanceId, string siteId)
        => _instances[(appId, instanceId)] = (appSecret, siteId);

    public void ExpireTokens() => _tokens.Clear();

    public void EnableRateLimit(int perMinute)
        => _rateLimiter = new SlidingWindowRateLimiter([new RateLimitWindow(perMinute, TimeSpan.FromMinutes(1))], _timeProvider);

    public void DisableRateLimit() => _rateLimiter = null;

    public void Reset()
    {
        _stores.Clear();
        _apiKeys.Clear();
        _instances.Clear();
        _tokens.Clear();
        DisableRateLimit();
        AddDefaults();
    }

    public T WithStore<T>(string siteId, Func<WixStore, DateTimeOffset, T> action)
    {
        var store = _stores.GetOrAdd(siteId, _ => new WixStore());
        lock (store.Sync)
        {
            return action(store, _timeProvider.GetUtcNow());
        }
    }

    public FakeHttpResponse Handle(FakeHttpRequest request)
    {
        try
        {
            if (request.Method == "POST" && request.Path == "/oauth2/token")
            {
                return IssueToken(request);
            }

            if (!_router.TryResolve(request.Method, request.Path, out var endpoint, out var routeValues))
            {
                throw new WixFakeError(501, "NOT_EMULATED", $"WixFake does not emulate {request.Method} {request.Path}");
            }

            var siteId = Authenticate(request);
            if (_rateLimiter?.TryAcquire(siteId) is { IsAllowed: false })
            {
                throw new WixFakeError(429, "RESOURCE_EXHAUSTED", "Too many requests: the site is limited to its requests per minute");
            }

            return WithStore(siteId, (store, now) =>
                endpoint!.Handle(new WixCall(request, FakeQuery.Parse(request.Query), routeValues, store, now, _options)));
        }
        catch (WixFakeError error)
        {
            return Error(error);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or JsonException)
        {
            // A wrongly typed JSON value (a number where a string belongs, say) is the caller's error, not the fake's.
            return Error(WixErrors.Invalid("body", $"has a value of the wrong type: {ex.Message}"));
        }
    }

    public FakeHttpResponse CreateInjectedError(int statusCode, TimeSpan? retryAfter)
    {
        var response = Error(new WixFakeError(statusCode, WixErrors.CodeFor(statusCode), $"Injected failure {statusCode}"));
        return retryAfter is { } wait
            ? response.WithHeader("Retry-After", Math.Max(0, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture))
            : response;
    }

    public FakeHttpResponse CreateUnexpectedError(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Error(new WixFakeError(500, "INTERNAL", $"WixFake failed: {exception.GetType().Name}: {exception.Message}"));
    }

    public FakeHttpResponse CreateMalformedResponse() => FakeHttpResponse.Json(200, """{"contact":{"id":"8046df3c""");

    public void Decorate(FakeHttpResponse response) => response.WithHeader(WixFakeDefaults.RequestIdHeader, Guid.NewGuid().ToString());

    private static FakeHttpResponse Error(WixFakeError error) => FakeHttpResponse.Json(error.StatusCode, error.ToBody());

    private void AddDefaults()
    {
        AddApiKey(WixFake.DefaultApiKey, null);
        AddAppInstance(WixFake.DefaultAppId, WixFake.DefaultAppSecret, WixFake.DefaultInstanceId, WixFake.DefaultSiteId);
    }

    private static FakeRouter<WixEndpoint> CreateRouter()
    {
        const string Contacts = "/contacts/v4/contacts";
        return new FakeRouter<WixEndpoint>()
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
    private string Authenticate(FakeHttpRequest request)
    {
        var header = request.GetHeader("Authorization")?.Trim();
        if (string.IsNullOrEmpty(header))
        {
            throw new WixFakeError(401, "UNAUTHENTICATED", "Missing Authorization header");
        }

        var bearer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        var credential = bearer ? header[7..].Trim() : header;
        if (_tokens.TryGetValue(credential, out var token) && (!bearer || WixFakeDefaults.AcceptsBearerAccessToken))
        {
            return token.Expires > _timeProvider.GetUtcNow()
                ? token.SiteId
                : throw new WixFakeError(401, "UNAUTHENTICATED", "The access token has expired");
        }

        if (!_apiKeys.TryGetValue(credential, out var sites))
        {
            throw new WixFakeError(401, "UNAUTHENTICATED", "Invalid API key or access token");
        }

        if (bearer && !WixFakeDefaults.AcceptsBearerApiKey)
        {
            throw new WixFakeError(401, "UNAUTHENTICATED", "An API key goes in the Authorization header as it is, without 'Bearer '");
        }

        var siteId = request.GetHeader(SiteHeader);
        if (request.GetHeader(AccountHeader) is not null && siteId is not null)
        {
            throw WixErrors.Invalid(SiteHeader, "send wix-site-id or wix-account-id, not both");
        }

        if (string.IsNullOrWhiteSpace(siteId))
        {
            throw new WixFakeError(403, "PERMISSION_DENIED", "Site-level APIs need the wix-site-id header");
        }

        return sites is null || sites.Contains(siteId)
            ? siteId
            : throw new WixFakeError(403, "PERMISSION_DENIED", "The API key does not belong to the site's account");
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
            throw new WixFakeError(401, "UNAUTHENTICATED", "Unknown app, secret or instance");
        }

        var accessToken = "OAUTH2." + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
        _tokens[accessToken] = (instance.SiteId, _timeProvider.GetUtcNow() + _options.TokenLifetime);
        return WixCall.Ok(new JsonObject
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)_options.TokenLifetime.TotalSeconds,
        });
    }
}
