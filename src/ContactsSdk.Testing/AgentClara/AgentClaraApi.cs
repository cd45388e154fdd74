using System.Collections.Concurrent;
using System.Globalization;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Emulates the AgentClara API: strict routing, Bearer auth per sub-account, optional rate limit, and the endpoints.
/// </summary>
/// <remarks>
/// Checks run in this order: route (501), auth (401), rate limit (429), write permission (403), query (400), handler.
/// An unemulated route answers before auth so a wrong path is reported as such, whatever the key.
/// </remarks>
internal sealed class AgentClaraApi : IFakeApi
{
    /// <summary>The sub-account of the pre-registered key.</summary>
    public const string DefaultSubAccount = "default";

    private readonly ConcurrentDictionary<string, AgentClaraApiKey> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AgentClaraStore> _stores = new(StringComparer.Ordinal);
    private readonly FakeRouter<AgentClaraEndpoint> _router = CreateRouter();
    private readonly TimeProvider _timeProvider;
    private readonly string _defaultApiKey;
    private volatile SlidingWindowRateLimiter? _rateLimiter;
    private volatile bool _emitPagination;

    /// <summary>Initializes the API with one read-write key for the default sub-account.</summary>
    public AgentClaraApi(TimeProvider timeProvider, string defaultApiKey, bool emitPagination)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _defaultApiKey = defaultApiKey;
        _emitPagination = emitPagination;
        AddApiKey(defaultApiKey, DefaultSubAccount, readOnly: false);
    }

    /// <summary>Gets or sets whether list answers carry the <c>pagination</c> block.</summary>
    public bool EmitPagination
    {
        get => _emitPagination;
        set => _emitPagination = value;
    }

    /// <summary>Registers or replaces a key.</summary>
    public void AddApiKey(string apiKey, string subAccount, bool readOnly) =>
        _keys[apiKey] = new AgentClaraApiKey(subAccount, readOnly);

    /// <summary>Starts limiting each key to <paramref name="perMinute"/> and <paramref name="perTenSeconds"/> requests.</summary>
    public void EnableRateLimit(int perMinute, int perTenSeconds) =>
        _rateLimiter = new SlidingWindowRateLimiter(
            [new RateLimitWindow(perMinute, TimeSpan.FromMinutes(1)), new RateLimitWindow(perTenSeconds, TimeSpan.FromSeconds(10))],
            _timeProvider);

    /// <summary>Stops limiting and forgets past requests.</summary>
    public void DisableRateLimit() => _rateLimiter = null;

    /// <summary>Drops all data and extra keys and turns the rate limit off.</summary>
    public void Reset(bool emitPagination)
    {
        _stores.Clear();
        _keys.Clear();
        AddApiKey(_defaultApiKey, DefaultSubAccount, readOnly: false);
        DisableRateLimit();
        EmitPagination = emitPagination;
    }

    /// <summary>Runs <paramref name="action"/> on a sub-account's store under its lock.</summary>
    public T WithStore<T>(string subAccount, Func<AgentClaraStore, DateTimeOffset, T> action)
    {
        var store = StoreFor(subAccount);
        lock (store.Sync)
        {
            return action(store, _timeProvider.GetUtcNow());
        }
    }

    /// <inheritdoc />
    public FakeHttpResponse Handle(FakeHttpRequest request)
    {
        if (!_router.TryResolve(request.Method, request.Path, out var endpoint, out var routeValues))
        {
            return Error(new FakeApiException(501, $"AgentClaraFake does not emulate {request.Method} {request.Path}", "not_emulated"));
        }

        if (!TryAuthenticate(request, out var apiKey, out var grant))
        {
            return Error(new FakeApiException(401, "Invalid API key", "unauthorized"));
        }

        var decision = _rateLimiter?.TryAcquire(apiKey);
        var response = decision is { IsAllowed: false } rejected
            ? RateLimited(rejected)
            : Execute(endpoint!, grant, request, routeValues);
        return decision is { } counted ? WithRateLimitHeaders(response, counted) : response;
    }

    /// <inheritdoc />
    public FakeHttpResponse CreateInjectedError(int statusCode, TimeSpan? retryAfter)
    {
        var response = FakeHttpResponse.Json(
            statusCode,
            AgentClaraJson.Error(AgentClaraErrors.MessageFor(statusCode), AgentClaraErrors.CodeFor(statusCode), param: null));
        return retryAfter is { } wait ? response.WithHeader("Retry-After", Seconds(wait, minimum: 0)) : response;
    }

    /// <inheritdoc />
    public FakeHttpResponse CreateUnexpectedError(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Error(new FakeApiException(
            500,
            $"AgentClaraFake failed: {exception.GetType().Name}: {exception.Message}",
            "server_error"));
    }

    /// <inheritdoc />
    public FakeHttpResponse CreateMalformedResponse() =>
        FakeHttpResponse.Json(200, """{"success":true,"data":{"id":"cust_""");

    /// <inheritdoc />
    public void Decorate(FakeHttpResponse response) =>
        response.WithHeader("X-Request-Id", FakeIds.Create("req_", 16));

    private static FakeRouter<AgentClaraEndpoint> CreateRouter()
    {
        var updateContact = AgentClaraEndpoint.Write(AgentClaraContactEndpoints.Update);
        return new FakeRouter<AgentClaraEndpoint>()
            .Map("GET", "/contacts", AgentClaraEndpoint.Read(AgentClaraContactEndpoints.List, "limit", "offset", "search", "tag", "sort"))
            .Map("POST", "/contacts", AgentClaraEndpoint.Write(AgentClaraContactEndpoints.Create))
            .Map("GET", "/contacts/search", AgentClaraEndpoint.Read(AgentClaraContactEndpoints.Search, "q", "limit"))
            .Map("GET", "/contacts/{id}", AgentClaraEndpoint.Read(AgentClaraContactEndpoints.Get))
            .Map("PATCH", "/contacts/{id}", updateContact)
            .Map("PUT", "/contacts/{id}", updateContact)
            .Map("DELETE", "/contacts/{id}", AgentClaraEndpoint.Write(AgentClaraContactEndpoints.Delete))
            .Map("GET", "/contacts/{id}/conversations", AgentClaraEndpoint.Read(AgentClaraContactEndpoints.ListConversations, "limit", "offset"))
            .Map("GET", "/conversations", AgentClaraEndpoint.Read(AgentClaraConversationEndpoints.List, "limit", "offset", "channel", "status", "customer_id"))
            .Map("POST", "/conversations", AgentClaraEndpoint.Write(AgentClaraConversationEndpoints.Create))
            .Map("GET", "/conversations/{id}", AgentClaraEndpoint.Read(AgentClaraConversationEndpoints.Get))
            .Map("PATCH", "/conversations/{id}", AgentClaraEndpoint.Write(AgentClaraConversationEndpoints.Update))
            .Map("POST", "/conversations/{id}/messages", AgentClaraEndpoint.Write(AgentClaraConversationEndpoints.SendMessage))
            .Map("POST", "/conversations/{id}/close", AgentClaraEndpoint.Write(AgentClaraConversationEndpoints.Close));
    }

    private FakeHttpResponse Execute(
        AgentClaraEndpoint endpoint,
        AgentClaraApiKey grant,
        FakeHttpRequest request,
        IReadOnlyDictionary<string, string> routeValues)
    {
        try
        {
            if (endpoint.IsWrite && grant.ReadOnly)
            {
                throw new FakeApiException(403, "This API key is read-only", "forbidden");
            }

            var query = ValidateQuery(request, endpoint);
            return WithStore(grant.SubAccount, (store, now) =>
                endpoint.Handle(new AgentClaraCall(request, query, routeValues, store, now, EmitPagination)));
        }
        catch (FakeApiException exception)
        {
            return Error(exception);
        }
    }

    private static FakeQuery ValidateQuery(FakeHttpRequest request, AgentClaraEndpoint endpoint)
    {
        var query = FakeQuery.Parse(request.Query);
        if (query.FindUnknown(endpoint.QueryParameters) is { } unknown)
        {
            throw AgentClaraErrors.Invalid($"Unknown query parameter '{unknown}'", unknown);
        }

        if (query.FindRepeated() is { } repeated)
        {
            throw AgentClaraErrors.Invalid($"{repeated} must be given once", repeated);
        }

        return query;
    }

    private bool TryAuthenticate(FakeHttpRequest request, out string apiKey, out AgentClaraApiKey grant)
    {
        const string Scheme = "Bearer ";
        var header = request.GetHeader("Authorization");
        apiKey = header is not null && header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            ? header[Scheme.Length..].Trim()
            : string.Empty;
        grant = null!;
        return apiKey.Length > 0 && _keys.TryGetValue(apiKey, out grant!);
    }

    private AgentClaraStore StoreFor(string subAccount) => _stores.GetOrAdd(subAccount, _ => new AgentClaraStore());

    private static FakeHttpResponse RateLimited(RateLimitDecision decision) =>
        Error(new FakeApiException(429, "Rate limit exceeded", "rate_limited"))
            .WithHeader("Retry-After", Seconds(decision.RetryAfter, minimum: 1));

    private static FakeHttpResponse WithRateLimitHeaders(FakeHttpResponse response, RateLimitDecision decision) =>
        response
            .WithHeader("X-RateLimit-Limit", decision.Limit.ToString(CultureInfo.InvariantCulture))
            .WithHeader("X-RateLimit-Remaining", decision.Remaining.ToString(CultureInfo.InvariantCulture));

    private static FakeHttpResponse Error(FakeApiException exception) =>
        FakeHttpResponse.Json(exception.StatusCode, AgentClaraJson.Error(exception.Message, exception.Code, exception.Param));

    // Retry-After carries whole seconds; rounding up keeps a client that honours it from arriving early.
    private static string Seconds(TimeSpan wait, int minimum) =>
        Math.Max(minimum, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
