using System.Collections.Concurrent;
using System.Globalization;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Ecwid;

/// <summary>
/// Emulates Ecwid's REST API v3 customer endpoints on the shared skeleton: Bearer tokens bound to one store
/// (403 <c>INVALID_API_TOKEN</c>), the optional per-token quota (429 <c>RATE_LIMITED</c>), scopes
/// (403 <c>INSUFFICIENT_APP_SCOPE</c>), content type (415) and query strictness (400/501), then per-store state (spec §8).
/// </summary>
internal sealed class EcwidApi : FakeApi<EcwidEndpoint, EcwidToken>
{
    private const string Prefix = "/api/v3/{storeId}";
    private const string Read = EcwidScopes.ReadCustomers;
    private const string Create = EcwidScopes.CreateCustomers;
    private const string Update = EcwidScopes.UpdateCustomers;

    private readonly ConcurrentDictionary<string, EcwidToken> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, EcwidStore> _stores = new();
    private readonly long _defaultStoreId;
    private readonly string _defaultToken;

    public EcwidApi(TimeProvider timeProvider, long defaultStoreId, string defaultToken, IReadOnlyList<RateLimitWindow>? startingQuota)
        : base(nameof(EcwidFake), CreateRouter(), timeProvider, startingQuota)
    {
        _defaultStoreId = defaultStoreId;
        _defaultToken = defaultToken;
        Reset();
    }

    /// <inheritdoc />
    protected override string NotEmulatedCode => EcwidErrors.NotEmulatedCode;

    /// <inheritdoc />
    protected override string UnexpectedErrorCode => "INTERNAL_ERROR";

    public void AddToken(string token, long storeId, IEnumerable<string> scopes) =>
        _tokens[token] = new EcwidToken(
            token, storeId, new HashSet<string>(scopes, StringComparer.Ordinal), token.StartsWith("public_", StringComparison.Ordinal));

    /// <summary>Drops all stores, extra tokens and overrides, and restores the starting quota.</summary>
    public void Reset()
    {
        _stores.Clear();
        _tokens.Clear();
        AddToken(_defaultToken, _defaultStoreId, EcwidScopes.All);
        ResetSkeleton();
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

    public override FakeHttpResponse CreateMalformedResponse() => FakeHttpResponse.Json(200, "{\"id\":100000000,\"email\":\"");

    /// <summary>Ecwid documents no response headers beyond <c>Retry-After</c>, so nothing is added.</summary>
    public override void Decorate(FakeHttpResponse response)
    {
    }

    /// <inheritdoc />
    protected override string QuotaKey(EcwidToken grant) => grant.Value;

    /// <inheritdoc />
    protected override FakeApiException QuotaExceeded() => new(429, "Too many requests", "RATE_LIMITED");

    /// <inheritdoc />
    protected override FakeHttpResponse Invoke(
        EcwidEndpoint endpoint, EcwidToken grant, FakeHttpRequest request, FakeQuery query, IReadOnlyDictionary<string, string> routeValues)
        => WithStore(grant.StoreId, (store, now) => endpoint.Handle(new EcwidCall(request, query, routeValues, store, now)));

    /// <inheritdoc />
    protected override FakeApiException InjectedError(int statusCode) =>
        new(statusCode, EcwidErrors.MessageFor(statusCode), EcwidErrors.CodeFor(statusCode));

    /// <inheritdoc />
    protected override FakeHttpResponse Error(FakeApiException error) =>
        FakeHttpResponse.Json(error.StatusCode, EcwidJson.Error(error.Message, error.Code));

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

    /// <inheritdoc />
    protected override EcwidToken Authenticate(FakeHttpRequest request, IReadOnlyDictionary<string, string> routeValues)
    {
        // An override's template may leave the store out; the token's own store is then the one it acts on.
        long? storeId = routeValues.TryGetValue("storeId", out var storeText) ? EcwidFakeRules.ParseId(storeText, "store") : null;
        const string Scheme = "Bearer ";
        if (FakeQuery.Parse(request.Query).Names.Contains(QueryTokenParameter))
        {
            throw new FakeApiException(
                403, "Passing the access token in the query string is disabled: send it in the Authorization header", "INVALID_API_TOKEN");
        }

        var header = request.GetHeader("Authorization");
        var token = header is not null && header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : string.Empty;
        return token.Length > 0 && _tokens.TryGetValue(token, out var grant) && (storeId is null || grant.StoreId == storeId)
            ? grant
            : throw new FakeApiException(403, "Invalid access token", "INVALID_API_TOKEN");
    }

    /// <inheritdoc />
    protected override FakeApiException UnknownQueryParameter(string name) => EcwidErrors.WrongParameter($"Unknown query parameter '{name}'", name);

    /// <inheritdoc />
    protected override FakeQuery Admit(EcwidEndpoint endpoint, EcwidToken grant, FakeHttpRequest request)
    {
        CheckScopes(endpoint, grant);
        CheckContentType(request);
        return CheckQuery(request, endpoint);
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

    private FakeQuery CheckQuery(FakeHttpRequest request, EcwidEndpoint endpoint)
    {
        var query = FakeQuery.Parse(request.Query);
        if (query.Names.FirstOrDefault(endpoint.NotEmulated.Contains) is { } notEmulated)
        {
            throw EcwidErrors.NotEmulated($"the query parameter '{notEmulated}' of {request.Method} {request.Path}");
        }

        RequireDeclared(query, endpoint.QueryParameters);
        return query.FindRepeated() is { } repeated ? throw EcwidErrors.WrongParameter($"Parameter '{repeated}' must be given once", repeated) : query;
    }

    private DateTimeOffset Now()
    {
        var now = TimeProvider.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }
}
