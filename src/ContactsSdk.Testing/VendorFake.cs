using System.Runtime.CompilerServices;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing;

/// <summary>
/// Runs one vendor's fake on a free loopback port: the server, the request journal and the fault injection that
/// <see cref="AgentClaraFake"/>, <see cref="WixFake"/> and <see cref="EcwidFake"/> share.
/// </summary>
/// <remarks>
/// Faults apply to the next matching requests, in the order they were injected; a faulted request is still journaled.
/// The error bodies a fault answers are the vendor's own shape. All members are thread-safe.
/// </remarks>
public abstract partial class VendorFake : IDisposable
{
    private readonly FakePipeline _pipeline;
    private readonly WireMockFakeServer _server;
    private readonly FakeOverrides _overrides;
    private int _disposed;

    private protected VendorFake(IFakeApi api, FakeOverrides overrides, TimeProvider timeProvider, string apiRoot = "", int port = 0)
    {
        _overrides = overrides;
        Clock = timeProvider;
        _pipeline = new FakePipeline(TapWebhooks(api), timeProvider);
        _server = WireMockFakeServer.Start(_pipeline, port);
        BaseAddress = new Uri(_server.BaseAddress, apiRoot);
    }

    /// <summary>Gets the address to use as the client's base address, such as <c>http://127.0.0.1:54321/</c>, with a trailing slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets the fake's clock, which the glue (<see cref="FakeRegistrationExtensions"/>) hands to the clients it points here.</summary>
    internal TimeProvider Clock { get; }

    /// <summary>Gets a snapshot, in arrival order, of every request that reached the fake, including failed and dropped ones.</summary>
    public IReadOnlyList<FakeRequest> Journal => _pipeline.Journal.Snapshot();

    /// <summary>Forgets the recorded requests.</summary>
    public void ClearJournal() => _pipeline.Journal.Clear();

    /// <summary>
    /// Returns the fake to its just-started state, the same on every fake: no data but what the vendor itself creates
    /// (Wix's SYSTEM labels and fields), only the default credentials, the rate limit the options started it with (off by
    /// default) with nothing counted, no faults, no overrides, an empty journal, and the options' starting values.
    /// </summary>
    public abstract void Reset();

    /// <summary>Answers the next <paramref name="count"/> matching requests with the vendor's error body for that status, without touching state.</summary>
    /// <param name="count">How many matching requests fail.</param>
    /// <param name="statusCode">The status to answer, 400 to 599; the body's error code follows it (e.g. 429 → the vendor's rate-limit code).</param>
    /// <param name="method">The HTTP method to match; <see langword="null"/> for any.</param>
    /// <param name="pathPrefix">The path prefix to match, such as <c>/contacts</c>; <see langword="null"/> for any.</param>
    /// <param name="retryAfter">When given, sent as <c>Retry-After</c> in whole seconds (rounded up).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/>, <paramref name="statusCode"/> or <paramref name="retryAfter"/> is out of range.</exception>
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

    /// <summary>Holds the next <paramref name="count"/> matching requests for <paramref name="delay"/>, then handles them normally.</summary>
    /// <remarks>
    /// The delay runs on the fake's <c>TimeProvider</c> (the wall clock unless the options give a fake clock, which the test
    /// then advances). A request whose client gave up is still applied once the delay ends, as a slow real server would.
    /// </remarks>
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

    /// <summary>Answers the next <paramref name="count"/> matching requests with 200, <c>application/json</c> and a cut-off JSON body, without touching state.</summary>
    /// <param name="count">How many matching requests get the malformed body.</param>
    /// <param name="method">The HTTP method to match; <see langword="null"/> for any.</param>
    /// <param name="pathPrefix">The path prefix to match; <see langword="null"/> for any.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="pathPrefix"/> does not start with <c>/</c>.</exception>
    public void MalformNext(int count, string? method = null, string? pathPrefix = null)
        => Inject(new FaultRule(FaultKind.Malform, count, method, CheckPrefix(pathPrefix)));

    /// <summary>Aborts the connection of the next <paramref name="count"/> matching requests without answering or touching state, so the client sees an <see cref="HttpRequestException"/>.</summary>
    /// <param name="count">How many matching requests are dropped.</param>
    /// <param name="method">The HTTP method to match; <see langword="null"/> for any.</param>
    /// <param name="pathPrefix">The path prefix to match; <see langword="null"/> for any.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="pathPrefix"/> does not start with <c>/</c>.</exception>
    public void DropNext(int count, string? method = null, string? pathPrefix = null)
        => Inject(new FaultRule(FaultKind.Drop, count, method, CheckPrefix(pathPrefix)));

    /// <summary>
    /// Applies the next <paramref name="count"/> matching requests to state, then answers an error anyway, reproducing the
    /// ambiguous failure where a write succeeded but the client was told otherwise.
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
    /// Answers the next <paramref name="count"/> matching requests at once with <paramref name="statusCode"/> (or drops the
    /// connection when it is null), then applies each request to state <paramref name="applyAfter"/> later on the fake's
    /// <c>TimeProvider</c>: a gateway that answered 502/504 (or reset the connection) while it still forwards the request.
    /// </summary>
    /// <remarks>
    /// A client that treats such an answer as "not stored" and sends the create again makes a duplicate once the late
    /// write lands. <see cref="PendingLateWrites"/> tells whether every late write has landed yet.
    /// </remarks>
    /// <param name="count">How many matching requests are answered now and applied later.</param>
    /// <param name="applyAfter">How long after the answer each request is applied, on the fake's clock.</param>
    /// <param name="statusCode">The status to answer, 400 to 599 (typically 502 or 504); <see langword="null"/> drops the connection instead.</param>
    /// <param name="method">The HTTP method to match; <see langword="null"/> for any.</param>
    /// <param name="pathPrefix">The path prefix to match; <see langword="null"/> for any.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/>, <paramref name="applyAfter"/> or <paramref name="statusCode"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="pathPrefix"/> does not start with <c>/</c>.</exception>
    public void AnswerThenApplyLaterNext(int count, TimeSpan applyAfter, int? statusCode = 504, string? method = null, string? pathPrefix = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(applyAfter, TimeSpan.Zero);
        if (statusCode is { } status)
        {
            CheckErrorStatus(status, nameof(statusCode));
        }

        Inject(new FaultRule(FaultKind.AnswerThenApplyLater, count, method, CheckPrefix(pathPrefix)) { StatusCode = statusCode ?? 0, Delay = applyAfter });
    }

    /// <summary>Gets how many requests a fault answered already but has not applied yet (see <see cref="AnswerThenApplyLaterNext"/>).</summary>
    public int PendingLateWrites => _pipeline.PendingLateWrites;

    /// <summary>Stops the server and releases its port.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Checks a fake option's port before any server starts.</summary>
    private protected static int CheckPort(int port, string paramName)
        => port is >= 0 and <= 65535
            ? port
            : throw new ArgumentException("Port must be between 0 and 65535 (0 picks a free one).", paramName);

    /// <summary>Stops the server when disposing; subclasses release what they own and call this.</summary>
    /// <param name="disposing">Whether the call comes from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _server.Dispose();
        }
    }

    /// <summary>Forgets the injected faults that have not been used up yet, keeping the data and the journal; part of every fake's <see cref="Reset"/>.</summary>
    public void ClearFaults() => _pipeline.Faults.Clear();

    private static void CheckErrorStatus(int statusCode, [CallerArgumentExpression(nameof(statusCode))] string? paramName = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400, paramName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599, paramName);
    }

    private static string? CheckPrefix(string? pathPrefix)
        => pathPrefix is null || pathPrefix.StartsWith('/')
            ? pathPrefix
            : throw new ArgumentException("The path prefix must start with '/', e.g. \"/contacts\".", nameof(pathPrefix));

    private void Inject(FaultRule rule) => _pipeline.Faults.Add(rule);
}
