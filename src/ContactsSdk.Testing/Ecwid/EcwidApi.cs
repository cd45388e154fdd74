using System.Collections.Concurrent;
using System.Globalization;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Ecwid;

/// <summary>
/// Emulates Ecwid's REST API v3 customer endpoints: strict routing, Bearer tokens bound to one store with scopes, the
/// per-token rate limit, and per-store state (spec §8).
/// </summary>
/// <remarks>
/// Checks run in this order: route (501), token (403 <c>INVALID_API_TOKEN</c>), rate limit (429 <c>RATE_LIMITED</c>),
/// scopes (403 <c>INSUFFICIENT_APP_SCOPE</c>), content type (415), query (400/501), handler.
/// </remarks>
internal sealed class EcwidApi : IFakeApi
{
    private const string Prefix = "/api/v3/{storeId}";
    private const string Read = EcwidScopes.ReadCustomers;
    private const string Create = EcwidScopes.CreateCustomers;
    private const string Update = EcwidScopes.UpdateCustomers;

    private readonly ConcurrentDictionary<string, EcwidToken> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, EcwidStore> _stores = new();
    private readonly FakeRouter<EcwidEndpoint> _router = CreateRouter();
    private readonly TimeProvider _timeProvider;
    private readonly long _defaultStoreId;
    private readonly string _defaultToken;
    private readonly int? _defaultRateLimit;
    private volatile SlidingWindowRateLimiter? _rateLimiter;

    public EcwidApi(TimeProvider timeProvider, long defaultStoreId, string defaultToken, int? rateLimitPerMinute)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _defaultStoreId = defaultStoreId;
        _defaultToken = defaultToken;
        _defaultRateLimit = rateLimitPerMinute;
        Reset();
    }

    public void AddToken(string token, long storeId, IEnumerable<string> scopes) =>
        _tokens[token] = new EcwidToken(storeId, new HashSet<string>(scopes, StringComparer.Ordinal), token.StartsWith("public_", StringComparison.Ordinal));

    public void EnableRateLimit(int perMinute) =>
        _rateLimiter = new SlidingWindowRateLimiter([new RateLimitWindow(perMinute, TimeSpan.FromMinutes(1))], _timeProvider);

    public void DisableRateLimit() => _rateLimiter = null;

    /// <summary>Drops all stores and extra tokens and restores the starting rate limit.</summary>
    public void Reset()
    {
        _stores.Clear();
        _tokens.Clear();
        AddToken(_defaultToken, _defaultStoreId, EcwidScopes.All);
        if (_defaultRateLimit is { } limit)
        {
            EnableRateLimit(limit);
        }
        else
        {
            DisableRateLimit();
        }
    }

    /// <summary>Runs <paramref name="action"/> on a store under its lock, with the time truncated to seconds.</summary>
    public T WithStore<T>(long storeId, Func<EcwidStore, DateTimeOffset, T> action)
    {
        var store = _stores.GetOrAdd(storeId, _ => new EcwidStore());
        lock (store.Sync)
        {
            return action(store, Now());
        }
    }

    public FakeHttpResponse Handle(FakeHttpRequest request)
    {
        try
        {
            if (!_router.TryResolve(request.Method, request.Path, out var endpoint, out var routeValues))
            {
                throw EcwidErrors.NotEmulated($"{request.Method} {request.Path}");
            }

            var storeId = EcwidFakeRules.ParseId(routeValues["storeId"], "store");
            var (token, grant) = Authenticate(request, storeId);
            if (_rateLimiter?.TryAcquire(token) is { IsAllowed: false } rejected)
            {
                return RateLimited(rejected.RetryAfter);
            }

            CheckScopes(endpoint!, grant);
            CheckContentType(request);
            var query = CheckQuery(request, endpoint!);
            return WithStore(storeId, (store, now) => endpoint!.Handle(new EcwidCall(request, query, routeValues, store, now)));
        }
        catch (FakeApiException exception)
        {
            return Error(exception);
        }
    }

    public FakeHttpResponse CreateInjectedError(int statusCode, TimeSpan? retryAfter)
    {
        var response = FakeHttpResponse.Json(statusCode, EcwidJson.Error(EcwidErrors.MessageFor(statusCode), EcwidErrors.CodeFor(statusCode)));
        return retryAfter is { } wait ? response.WithHeader("Retry-After", Seconds(wait, minimum: 0)) : response;
    }

    public FakeHttpResponse CreateUnexpectedError(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Error(new FakeApiException(500, $"EcwidFake failed: {exception.GetType().Name}: {exception.Message}", "INTERNAL_ERROR"));
    }

    public FakeHttpResponse CreateMalformedResponse() => FakeHttpResponse.Json(200, "{\"id\":100000000,\"email\":\"");

    /// <summary>Ecwid documents no response headers beyond <c>Retry-After</c>, so nothing is added.</summary>
    public void Decorate(FakeHttpResponse response)
    {
    }

    private static FakeRouter<EcwidEndpoint> CreateRouter()
    {
        var searchCustomers = EcwidEndpoint.Of(EcwidCustomerEndpoints.Search, Read)
            .WithQuery(EcwidCustomerSearch.Parameters).WithoutEmulating(EcwidCustomerSearch.NotEmulated);
        return new FakeRouter<EcwidEndpoint>()
            .Map("GET", $"{Prefix}/customers", searchCustomers)
            .Map("POST", $"{Prefix}/customers", EcwidEndpoint.Of(EcwidCustomerEndpoints.Create, Create))
            .Map("GET", $"{Prefix}/customers/deleted", EcwidEndpoint.Of(EcwidCustomerEndpoints.Deleted, Read).WithQuery("from_date", "to_date", "offset", "limit"))
            .Map("GET", $"{Prefix}/customers/{{customerId}}", EcwidEndpoint.Of(EcwidCustomerEndpoints.Get, Read).WithoutEmulating("responseFields"))
            .Map("PUT", $"{Prefix}/customers/{{customerId}}", EcwidEndpoint.Of(EcwidCustomerEndpoints.Update, Read, Update))
            .Map("DELETE", $"{Prefix}/customers/{{customerId}}", EcwidEndpoint.Of(EcwidCustomerEndpoints.Delete, Read, Update))
            .Map("GET", $"{Prefix}/customers/{{customerId}}/contacts", EcwidEndpoint.Of(EcwidContactEndpoints.Search, Read))
            .Map("POST", $"{Prefix}/customers/{{customerId}}/contacts", EcwidEndpoint.Of(EcwidContactEndpoints.Create, Create))
            .Map("GET", $"{Prefix}/customers/{{customerId}}/contacts/{{contactId}}", EcwidEndpoint.Of(EcwidContactEndpoints.Get, Read))
            .Map("PUT", $"{Prefix}/customers/{{customerId}}/contacts/{{contactId}}", EcwidEndpoint.Of(EcwidContactEndpoints.Update, Update))
            .Map("DELETE", $"{Prefix}/customers/{{customerId}}/contacts/{{contactId}}", EcwidEndpoint.Of(EcwidContactEndpoints.Delete, Update))
            .Map("GET", $"{Prefix}/customer_groups", EcwidEndpoint.Of(EcwidGroupEndpoints.Search, Read)
                .WithQuery("customerGroupId", "customerGroupIds", "keyword", "offset", "limit").WithoutEmulating("responseFields"))
            .Map("POST", $"{Prefix}/customer_groups", EcwidEndpoint.Of(EcwidGroupEndpoints.Create, Create))
            .Map("GET", $"{Prefix}/customer_groups/{{groupId}}", EcwidEndpoint.Of(EcwidGroupEndpoints.Get, Read))
            .Map("PUT", $"{Prefix}/customer_groups/{{groupId}}", EcwidEndpoint.Of(EcwidGroupEndpoints.Update, Update))
            .Map("DELETE", $"{Prefix}/customer_groups/{{groupId}}", EcwidEndpoint.Of(EcwidGroupEndpoints.Delete, Update));
    }

    /// <summary>
    /// The query parameter Ecwid used to accept a token in. Since 2025-03-20 calls that use it "fail" [DOC changelog]; the
    /// status is UNCONFIRMED (§1, §10.7) and assumed to be 403 <c>INVALID_API_TOKEN</c>, even next to a valid header.
    /// </summary>
    private const string QueryTokenParameter = "token";

    private (string Token, EcwidToken Grant) Authenticate(FakeHttpRequest request, long storeId)
    {
        const string Scheme = "Bearer ";
        if (FakeQuery.Parse(request.Query).Names.Contains(QueryTokenParameter))
        {
            throw new FakeApiException(
                403, "Passing the access token in the query string is disabled: send it in the Authorization header", "INVALID_API_TOKEN");
        }

        var header = request.GetHeader("Authorization");
        var token = header is not null && header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : string.Empty;
        if (token.Length == 0 || !_tokens.TryGetValue(token, out var grant) || grant.StoreId != storeId)
        {
            throw new FakeApiException(403, "Invalid access token", "INVALID_API_TOKEN");
        }

        return (token, grant);
    }

    private static void CheckScopes(EcwidEndpoint endpoint, EcwidToken grant)
    {
        // A public_ token reads only public catalog data, never customers ([INF] §1).
        var missing = grant.IsPublic ? endpoint.Scopes.FirstOrDefault() : endpoint.Scopes.FirstOrDefault(scope => !grant.Scopes.Contains(scope));
        if (missing is not null)
        {
            throw new FakeApiException(403, $"Application does not have the required access scope: {missing}", "INSUFFICIENT_APP_SCOPE");
        }
    }

    private static void CheckContentType(FakeHttpRequest request)
    {
        var type = request.GetHeader("Content-Type");
        if (!string.IsNullOrEmpty(request.Body)
            && (type is null || !(type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/json", StringComparison.OrdinalIgnoreCase))))
        {
            throw new FakeApiException(415, "Unsupported content-type: expected application/json or text/json", "WRONG_PARAMETER");
        }
    }

    private static FakeQuery CheckQuery(FakeHttpRequest request, EcwidEndpoint endpoint)
    {
        var query = FakeQuery.Parse(request.Query);
        if (query.Names.FirstOrDefault(endpoint.NotEmulated.Contains) is { } notEmulated)
        {
            throw EcwidErrors.NotEmulated($"the query parameter '{notEmulated}' of {request.Method} {request.Path}");
        }

        if (query.FindUnknown(endpoint.QueryParameters) is { } unknown)
        {
            throw EcwidErrors.WrongParameter($"Unknown query parameter '{unknown}'", unknown);
        }

        return query.FindRepeated() is { } repeated ? throw EcwidErrors.WrongParameter($"Parameter '{repeated}' must be given once", repeated) : query;
    }

    private DateTimeOffset Now()
    {
        var now = _timeProvider.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    private static FakeHttpResponse RateLimited(TimeSpan retryAfter) =>
        Error(new FakeApiException(429, "Too many requests", "RATE_LIMITED")).WithHeader("Retry-After", Seconds(retryAfter, minimum: 1));

    private static FakeHttpResponse Error(FakeApiException exception) =>
        FakeHttpResponse.Json(exception.StatusCode, EcwidJson.Error(exception.Message, exception.Code));

    // Retry-After carries whole seconds; rounding up keeps a client that honours it from arriving early.
    private static string Seconds(TimeSpan wait, int minimum) =>
        Math.Max(minimum, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
