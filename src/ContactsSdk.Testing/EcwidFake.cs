using ContactsSdk.Testing.Ecwid;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing;

/// <summary>
/// Runs a stateful, strict, in-process fake of Ecwid's REST API v3 customer endpoints on a free loopback port, for
/// tests without a network.
/// </summary>
/// <remarks>
/// <para>
/// The fake serves <c>/api/v3/{storeId}/customers</c> (search, get, create, update, delete, deleted history),
/// <c>/customers/{id}/contacts</c> (search, get, create, update, delete) and <c>/customer_groups</c> (search, get, create,
/// update, delete). Anything else answers 501 with <c>errorCode</c> <c>NOT_EMULATED</c>; unknown query parameters and
/// body fields answer 400 <c>WRONG_PARAMETER</c>, so a client that drifts from the wire contract fails loudly.
/// </para>
/// <para>
/// Like Ecwid's own "update customer" call, <c>PUT /customers/{id}</c> replaces the customer's <c>contacts</c> list
/// wholesale when the body carries one, so a test can show the data loss the contact endpoints exist to avoid.
/// </para>
/// <para>
/// Every request needs <c>Authorization: Bearer &lt;token&gt;</c>; a <c>?token=</c> query parameter is ignored, as Ecwid
/// ignores it since March 2025. <see cref="DefaultToken"/> holds every scope for store <see cref="DefaultStoreId"/>;
/// <see cref="AddToken"/> adds more. A token works only for its own store (403 <c>INVALID_API_TOKEN</c>), and a missing
/// scope answers 403 <c>INSUFFICIENT_APP_SCOPE</c>. Each store has its own data.
/// </para>
/// <para>All members are thread-safe. Injected faults apply in the order they were injected.</para>
/// </remarks>
public sealed class EcwidFake : IDisposable
{
    /// <summary>The store id of the pre-registered token.</summary>
    public const long DefaultStoreId = 1003;

    /// <summary>The pre-registered token of store <see cref="DefaultStoreId"/>, with every scope.</summary>
    public const string DefaultToken = "secret_contactssdk_fake_default";

    /// <summary>The scope needed to search and read customers, contacts and groups.</summary>
    public const string ReadCustomersScope = EcwidScopes.ReadCustomers;

    /// <summary>The scope needed to create customers, contacts and groups.</summary>
    public const string CreateCustomersScope = EcwidScopes.CreateCustomers;

    /// <summary>The scope needed to update and delete customers, contacts and groups.</summary>
    public const string UpdateCustomersScope = EcwidScopes.UpdateCustomers;

    private readonly EcwidApi _api;
    private readonly FakePipeline _pipeline;
    private readonly WireMockFakeServer _server;
    private int _disposed;

    private EcwidFake(EcwidFakeOptions options)
    {
        _api = new EcwidApi(options.TimeProvider, DefaultStoreId, DefaultToken, options.RateLimitPerMinute);
        _pipeline = new FakePipeline(_api, options.TimeProvider);
        _server = WireMockFakeServer.Start(_pipeline);
        BaseAddress = new Uri(_server.BaseAddress, "api/v3/");
    }

    /// <summary>
    /// Gets the API root to use as <c>EcwidOptions.BaseAddress</c>, such as <c>http://127.0.0.1:54321/api/v3/</c>; the
    /// store id follows it in every path.
    /// </summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// Gets a snapshot, in arrival order, of every request that reached the fake, including failed and dropped ones.
    /// </summary>
    public IReadOnlyList<FakeRequest> Journal => _pipeline.Journal.Snapshot();

    /// <summary>
    /// Starts a fake on a free loopback port.
    /// </summary>
    /// <param name="options">The clock and rate limit to use; <see langword="null"/> for the defaults.</param>
    /// <returns>The running fake; dispose it to stop the server.</returns>
    /// <exception cref="ArgumentException">The options have no clock, or a rate limit that is not positive.</exception>
    public static EcwidFake Start(EcwidFakeOptions? options = null)
    {
        options ??= new EcwidFakeOptions();
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        if (options.RateLimitPerMinute is < 1)
        {
            throw new ArgumentException("RateLimitPerMinute must be positive, or null for no limit.", nameof(options));
        }

        return new EcwidFake(options);
    }

    /// <summary>
    /// Registers a token for a store, or replaces the grant of an existing one.
    /// </summary>
    /// <param name="token">The token clients send as <c>Bearer</c>; a <c>public_</c> token can read no customer data.</param>
    /// <param name="storeId">The only store the token works for.</param>
    /// <param name="scopes">The granted scopes, such as <see cref="ReadCustomersScope"/>; <see langword="null"/> for all three.</param>
    /// <exception cref="ArgumentException"><paramref name="token"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="storeId"/> is not positive.</exception>
    public void AddToken(string token, long storeId, IEnumerable<string>? scopes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(storeId);
        _api.AddToken(token, storeId, scopes ?? EcwidScopes.All);
    }

    /// <summary>
    /// Accepts a contact type beyond the documented enum in one store, as if Ecwid had added a new type.
    /// </summary>
    /// <param name="type">The type, such as <c>SIGNAL</c>.</param>
    /// <param name="storeId">The store that accepts it.</param>
    /// <exception cref="ArgumentException"><paramref name="type"/> is null or blank.</exception>
    public void AllowContactType(string type, long storeId = DefaultStoreId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        _api.WithStore(storeId, (store, _) =>
        {
            store.AllowContactType(type);
            return 0;
        });
    }

    /// <summary>
    /// Limits each token to <paramref name="perMinute"/> requests in any 60 seconds, answering 429 <c>RATE_LIMITED</c> with
    /// <c>Retry-After</c> in seconds when it is hit. Rejected requests do not count. Calling it again starts over.
    /// </summary>
    /// <param name="perMinute">The most requests per token in any 60 seconds; Ecwid's documented limit is 600.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perMinute"/> is zero or negative.</exception>
    public void EnableRateLimit(int perMinute = 600)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perMinute);
        _api.EnableRateLimit(perMinute);
    }

    /// <summary>
    /// Turns the rate limit off and forgets counted requests.
    /// </summary>
    public void DisableRateLimit() => _api.DisableRateLimit();

    /// <summary>
    /// Forgets the recorded requests.
    /// </summary>
    public void ClearJournal() => _pipeline.Journal.Clear();

    /// <summary>
    /// Returns the fake to its just-started state: no data, only the default token, no faults, an empty journal, and the
    /// starting rate limit with nothing counted.
    /// </summary>
    public void Reset()
    {
        _pipeline.Faults.Clear();
        _api.Reset();
        _pipeline.Journal.Clear();
    }

    /// <summary>
    /// Adds a customer directly, without HTTP; like <c>POST /customers</c>, its email also becomes a default EMAIL contact.
    /// </summary>
    /// <param name="email">The email address; unique in the store, ignoring case.</param>
    /// <param name="name">The billing person's name, if any.</param>
    /// <param name="registered">The registration time (also used as <c>updated</c>), truncated to seconds; now when omitted.</param>
    /// <param name="storeId">The store to add it to.</param>
    /// <returns>The new customer's id.</returns>
    /// <exception cref="ArgumentException">The email is not valid or already used.</exception>
    public long SeedCustomer(string email, string? name = null, DateTimeOffset? registered = null, long storeId = DefaultStoreId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return _api.WithStore(storeId, (store, now) => EcwidSeeder.SeedCustomer(store, now, email, name, registered));
    }

    /// <summary>
    /// Adds a contact to an existing customer directly, without HTTP; any type is accepted, even one Ecwid does not document.
    /// </summary>
    /// <param name="customerId">The customer's id.</param>
    /// <param name="type">The contact type, such as <c>PHONE</c>.</param>
    /// <param name="contact">The value: an email, a phone number or a link.</param>
    /// <param name="storeId">The store holding the customer.</param>
    /// <returns>The new contact's id.</returns>
    /// <exception cref="ArgumentException">The customer does not exist, or a value is blank.</exception>
    public long SeedContact(long customerId, string type, string contact, long storeId = DefaultStoreId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(contact);
        return _api.WithStore(storeId, (store, now) => EcwidSeeder.SeedContact(store, now, customerId, type, contact));
    }

    /// <summary>
    /// Counts the customers of a store.
    /// </summary>
    /// <param name="storeId">The store to count.</param>
    /// <returns>The number of customers.</returns>
    public int CustomerCount(long storeId = DefaultStoreId) => _api.WithStore(storeId, (store, _) => store.CustomerCount);

    /// <summary>
    /// Answers the next <paramref name="count"/> matching requests with an Ecwid-shaped error, without touching state.
    /// </summary>
    /// <param name="count">How many matching requests fail.</param>
    /// <param name="statusCode">The status to answer, 400 to 599; the body's <c>errorCode</c> follows it (e.g. 429 → <c>RATE_LIMITED</c>).</param>
    /// <param name="method">The HTTP method to match; <see langword="null"/> for any.</param>
    /// <param name="pathPrefix">The path prefix to match, such as <c>/api/v3/1003/customers</c>; <see langword="null"/> for any.</param>
    /// <param name="retryAfter">When given, sent as <c>Retry-After</c> in whole seconds (rounded up).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> or <paramref name="statusCode"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="pathPrefix"/> does not start with <c>/</c>.</exception>
    public void FailNext(int count, int statusCode, string? method = null, string? pathPrefix = null, TimeSpan? retryAfter = null)
    {
        CheckErrorStatus(statusCode);
        if (retryAfter is { } wait)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero, nameof(retryAfter));
        }

        Inject(new FaultRule(FaultKind.Fail, count, method, CheckPrefix(pathPrefix)) { StatusCode = statusCode, RetryAfter = retryAfter });
    }

    /// <summary>
    /// Holds the next <paramref name="count"/> matching requests for <paramref name="delay"/> on the wall clock, then handles them normally.
    /// </summary>
    /// <param name="count">How many matching requests are delayed.</param>
    /// <param name="delay">How long to wait before handling each.</param>
    /// <param name="method">The HTTP method to match; <see langword="null"/> for any.</param>
    /// <param name="pathPrefix">The path prefix to match; <see langword="null"/> for any.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> or <paramref name="delay"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="pathPrefix"/> does not start with <c>/</c>.</exception>
    public void DelayNext(int count, TimeSpan delay, string? method = null, string? pathPrefix = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        Inject(new FaultRule(FaultKind.Delay, count, method, CheckPrefix(pathPrefix)) { Delay = delay });
    }

    /// <summary>
    /// Answers the next <paramref name="count"/> matching requests with 200 and a cut-off JSON body, without touching state.
    /// </summary>
    /// <param name="count">How many matching requests get the malformed body.</param>
    /// <param name="method">The HTTP method to match; <see langword="null"/> for any.</param>
    /// <param name="pathPrefix">The path prefix to match; <see langword="null"/> for any.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="pathPrefix"/> does not start with <c>/</c>.</exception>
    public void MalformNext(int count, string? method = null, string? pathPrefix = null) =>
        Inject(new FaultRule(FaultKind.Malform, count, method, CheckPrefix(pathPrefix)));

    /// <summary>
    /// Aborts the connection of the next <paramref name="count"/> matching requests without answering or touching state.
    /// </summary>
    /// <param name="count">How many matching requests are dropped.</param>
    /// <param name="method">The HTTP method to match; <see langword="null"/> for any.</param>
    /// <param name="pathPrefix">The path prefix to match; <see langword="null"/> for any.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="pathPrefix"/> does not start with <c>/</c>.</exception>
    public void DropNext(int count, string? method = null, string? pathPrefix = null) =>
        Inject(new FaultRule(FaultKind.Drop, count, method, CheckPrefix(pathPrefix)));

    /// <summary>
    /// Applies the next <paramref name="count"/> matching requests to state, then answers an error anyway.
    /// </summary>
    /// <param name="count">How many matching requests are applied and then failed.</param>
    /// <param name="statusCode">The status to answer, 400 to 599.</param>
    /// <param name="method">The HTTP method to match; <see langword="null"/> for any.</param>
    /// <param name="pathPrefix">The path prefix to match; <see langword="null"/> for any.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> or <paramref name="statusCode"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="pathPrefix"/> does not start with <c>/</c>.</exception>
    public void ApplyThenFailNext(int count, int statusCode = 500, string? method = null, string? pathPrefix = null)
    {
        CheckErrorStatus(statusCode);
        Inject(new FaultRule(FaultKind.ApplyThenFail, count, method, CheckPrefix(pathPrefix)) { StatusCode = statusCode });
    }

    /// <summary>
    /// Stops the server and releases its port.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _server.Dispose();
        }
    }

    private void Inject(FaultRule rule) => _pipeline.Faults.Add(rule);

    private static void CheckErrorStatus(int statusCode, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(statusCode))] string? paramName = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400, paramName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599, paramName);
    }

    private static string? CheckPrefix(string? pathPrefix) =>
        pathPrefix is null || pathPrefix.StartsWith('/')
            ? pathPrefix
            : throw new ArgumentException("The path prefix must start with '/', e.g. \"/api/v3/1003/customers\".", nameof(pathPrefix));
}
