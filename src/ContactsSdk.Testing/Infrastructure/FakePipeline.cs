namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Runs every request through fault injection, the vendor API and the journal; shared by all vendor fakes.
/// </summary>
internal sealed class FakePipeline
{
    private readonly IFakeApi _api;
    private readonly TimeProvider _timeProvider;
    private int _pendingLateWrites;

    /// <summary>Initializes a pipeline in front of <paramref name="api"/>.</summary>
    public FakePipeline(IFakeApi api, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _api = api;
        _timeProvider = timeProvider;
    }

    /// <summary>Gets the queue of injected faults.</summary>
    public FaultQueue Faults { get; } = new();

    /// <summary>Gets the journal of answered requests.</summary>
    public RequestJournal Journal { get; } = new();

    /// <summary>Gets the vendor's clock.</summary>
    public VendorClock VendorClock => _api.VendorClock;

    /// <summary>Gets how many requests answered already are still waiting to be applied.</summary>
    public int PendingLateWrites => Volatile.Read(ref _pendingLateWrites);

    /// <summary>Answers a request and records it, whatever the outcome.</summary>
    public async Task<FakeHttpResponse> ProcessAsync(FakeHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sequence = Journal.Reserve();
        var receivedAt = _timeProvider.GetUtcNow();
        var response = await AnswerSafelyAsync(request).ConfigureAwait(false);
        if (!response.IsDropped)
        {
            _api.Decorate(response);

            // Every vendor sends Date (RFC 1123, whole seconds) by its own clock; change feeds read "now" from it.
            response.WithHeader("Date", _api.VendorClock.GetUtcNow().ToString("r", System.Globalization.CultureInfo.InvariantCulture));
        }

        Journal.Record(sequence, ToJournalEntry(request, response, receivedAt));
        return response;
    }

    private async Task<FakeHttpResponse> AnswerSafelyAsync(FakeHttpRequest request)
    {
        try
        {
            return await AnswerAsync(request).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // A bug in a fake must still give a JSON answer and a journal entry, not WireMock's plain-text 500.
            return _api.CreateUnexpectedError(exception);
        }
    }

    private async Task<FakeHttpResponse> AnswerAsync(FakeHttpRequest request)
    {
        var fault = Faults.TryTake(request.Method, request.Path);
        switch (fault?.Kind)
        {
            case FaultKind.Fail:
                return _api.CreateInjectedError(fault.StatusCode, fault.RetryAfter);
            case FaultKind.Malform:
                return _api.CreateMalformedResponse();
            case FaultKind.Drop:
                return FakeHttpResponse.Dropped();
            case FaultKind.ApplyThenFail:
                _api.Handle(request);
                return _api.CreateInjectedError(fault.StatusCode, retryAfter: null);
            case FaultKind.AnswerThenApplyLater:
                ApplyLater(request, fault.Delay);
                return fault.StatusCode == 0 ? FakeHttpResponse.Dropped() : _api.CreateInjectedError(fault.StatusCode, retryAfter: null);
            case FaultKind.Delay:
                // On the fake's clock, like the SDK's own timeouts, so a test with a fake clock never sleeps.
                await Task.Delay(fault.Delay, _timeProvider).ConfigureAwait(false);
                return _api.Handle(request);
            default:
                return _api.Handle(request);
        }
    }

    // The answer has gone; the request is handled when the fake's clock reaches the delay, as a late-forwarding gateway would.
    private void ApplyLater(FakeHttpRequest request, TimeSpan delay)
    {
        Interlocked.Increment(ref _pendingLateWrites);
        _ = Task.Delay(delay, _timeProvider).ContinueWith(
            _ =>
            {
                try
                {
                    _api.Handle(request);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // Nobody awaits a late write; a failure to apply it is the same as the gateway losing it.
                }
                finally
                {
                    Interlocked.Decrement(ref _pendingLateWrites);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private static FakeRequest ToJournalEntry(FakeHttpRequest request, FakeHttpResponse response, DateTimeOffset receivedAt) =>
        new(
            request.Method,
            request.Path,
            request.Query,
            request.Body,
            request.GetHeader("Authorization"),
            response.IsDropped ? 0 : response.StatusCode,
            receivedAt);
}
