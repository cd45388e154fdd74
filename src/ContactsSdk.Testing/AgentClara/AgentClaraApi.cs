using System.Collections.Concurrent;
using System.Globalization;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Emulates the AgentClara API on the shared skeleton: Bearer auth per sub-account (401), the optional per-key quota
/// (429), write permission (403) and query strictness (400), then the endpoints.
/// </summary>
internal sealed class AgentClaraApi : FakeApi<AgentClaraEndpoint, AgentClaraApiKey>
{
    /// <summary>The sub-account of the pre-registered key.</summary>
    public const string DefaultSubAccount = "default";

    private readonly ConcurrentDictionary<string, AgentClaraApiKey> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AgentClaraStore> _stores = new(StringComparer.Ordinal);
    private readonly string _defaultApiKey;
    private volatile bool _emitPagination;

    /// <summary>Initializes the API with one read-write key for the default sub-account.</summary>
    public AgentClaraApi(TimeProvider timeProvider, string defaultApiKey, bool emitPagination, IReadOnlyList<RateLimitWindow>? startingQuota)
        : base(nameof(AgentClaraFake), CreateRouter(), timeProvider, startingQuota)
    {
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

    /// <inheritdoc />
    protected override string NotEmulatedCode => "not_emulated";

    /// <inheritdoc />
    protected override string UnexpectedErrorCode => "server_error";

    /// <summary>Registers or replaces a key.</summary>
    public void AddApiKey(string apiKey, string subAccount, bool readOnly) =>
        _keys[apiKey] = new AgentClaraApiKey(apiKey, subAccount, readOnly);

    /// <summary>Gets the quota windows AgentClara documents for a per-minute and a per-ten-seconds limit.</summary>
    public static RateLimitWindow[] Windows(int perMinute, int perTenSeconds) =>
        [new RateLimitWindow(perMinute, TimeSpan.FromMinutes(1)), new RateLimitWindow(perTenSeconds, TimeSpan.FromSeconds(10))];

    /// <summary>Drops all data, extra keys and overrides, and restores the starting quota and list shape.</summary>
    public void Reset(bool emitPagination)
    {
        _stores.Clear();
        _keys.Clear();
        AddApiKey(_defaultApiKey, DefaultSubAccount, readOnly: false);
        ResetSkeleton();
        EmitPagination = emitPagination;
    }

    /// <summary>Runs <paramref name="action"/> on a sub-account's store under its lock.</summary>
    public T WithStore<T>(string subAccount, Func<AgentClaraStore, DateTimeOffset, T> action)
    {
        var store = _stores.GetOrAdd(subAccount, _ => new AgentClaraStore());
        lock (store.Sync)
        {
            return action(store, TimeProvider.GetUtcNow());
        }
    }

    /// <inheritdoc />
    public override FakeHttpResponse CreateMalformedResponse() =>
        FakeHttpResponse.Json(200, """{"success":true,"data":{"id":"cust_""");

    /// <inheritdoc />
    public override void Decorate(FakeHttpResponse response) =>
        response.WithHeader("X-Request-Id", FakeIds.Create("req_", 16));

    /// <inheritdoc />
    protected override AgentClaraApiKey Authenticate(FakeHttpRequest request, IReadOnlyDictionary<string, string> routeValues)
    {
        const string Scheme = "Bearer ";
        var header = request.GetHeader("Authorization");
        var apiKey = header is not null && header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            ? header[Scheme.Length..].Trim()
            : string.Empty;
        return apiKey.Length > 0 && _keys.TryGetValue(apiKey, out var grant)
            ? grant
            : throw new FakeApiException(401, "Invalid API key", "unauthorized");
    }

    /// <inheritdoc />
    protected override string QuotaKey(AgentClaraApiKey grant) => grant.Key;

    /// <inheritdoc />
    protected override FakeApiException QuotaExceeded() => new(429, "Rate limit exceeded", "rate_limited");

    /// <inheritdoc />
    protected override FakeApiException UnknownQueryParameter(string name) => AgentClaraErrors.Invalid($"Unknown query parameter '{name}'", name);

    /// <inheritdoc />
    protected override FakeQuery Admit(AgentClaraEndpoint endpoint, AgentClaraApiKey grant, FakeHttpRequest request)
    {
        if (endpoint.IsWrite && grant.ReadOnly)
        {
            throw new FakeApiException(403, "This API key is read-only", "forbidden");
        }

        var query = RequireDeclared(FakeQuery.Parse(request.Query), endpoint.QueryParameters);
        return query.FindRepeated() is { } repeated ? throw AgentClaraErrors.Invalid($"{repeated} must be given once", repeated) : query;
    }

    /// <inheritdoc />
    protected override FakeHttpResponse Invoke(
        AgentClaraEndpoint endpoint,
        AgentClaraApiKey grant,
        FakeHttpRequest request,
        FakeQuery query,
        IReadOnlyDictionary<string, string> routeValues) =>
        WithStore(grant.SubAccount, (store, now) =>
            endpoint.Handle(new AgentClaraCall(request, query, routeValues, store, now, EmitPagination)));

    /// <inheritdoc />
    protected override FakeHttpResponse OnCounted(FakeHttpResponse response, RateLimitDecision decision) =>
        response
            .WithHeader("X-RateLimit-Limit", decision.Limit.ToString(CultureInfo.InvariantCulture))
            .WithHeader("X-RateLimit-Remaining", decision.Remaining.ToString(CultureInfo.InvariantCulture));

    /// <inheritdoc />
    protected override FakeApiException InjectedError(int statusCode) =>
        new(statusCode, AgentClaraErrors.MessageFor(statusCode), AgentClaraErrors.CodeFor(statusCode));

    /// <inheritdoc />
    protected override FakeHttpResponse Error(FakeApiException error) =>
        FakeHttpResponse.Json(error.StatusCode, AgentClaraJson.Error(error.Message, error.Code, error.Param));

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
}
