using System.Threading.RateLimiting;

namespace ContactsSdk.Resilience;

/// <summary>
/// Paces requests under a vendor's quotas: one sliding window per quota, chained, replenished by a
/// <see cref="TimeProvider"/> timer (so tests can drive time). Each window is one segment longer than the vendor's,
/// so a request we admit is never counted by the vendor in the window before.
/// </summary>
internal sealed class QuotaLimiter : IDisposable
{
    /// <summary>Segments per window: more segments waste less of the quota, at the cost of a busier timer.</summary>
    private const int SegmentsPerWindow = 20;

    private readonly SlidingWindowRateLimiter[] _windows;
    private readonly RateLimiter _chain;
    private readonly ITimer _replenisher;

    public QuotaLimiter(IReadOnlyList<ContactsQuota> quotas, TimeProvider timeProvider)
    {
        _windows = [.. quotas.Select(CreateWindow)];
        _chain = _windows.Length == 1 ? _windows[0] : RateLimiter.CreateChained(_windows);
        var tick = quotas.Min(quota => quota.Window) / SegmentsPerWindow;
        _replenisher = timeProvider.CreateTimer(_ => Replenish(), null, tick, tick);
    }

    /// <summary>
    /// Takes a permit at once when one is free; otherwise waits for one unless the limiter says the wait would exceed
    /// <paramref name="maxWait"/>, in which case the returned lease is not acquired and carries the expected wait.
    /// </summary>
    public async ValueTask<RateLimitLease> AcquireAsync(TimeSpan maxWait, Action onWait, CancellationToken cancellationToken)
    {
        var lease = _chain.AttemptAcquire(1);
        if (lease.IsAcquired)
        {
            return lease;
        }

        var expectedWait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.Zero;
        if (expectedWait > maxWait)
        {
            return lease;
        }

        lease.Dispose();
        onWait();
        return await _chain.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _replenisher.Dispose();
        _chain.Dispose();
        foreach (var window in _windows)
        {
            window.Dispose();
        }
    }

    private static SlidingWindowRateLimiter CreateWindow(ContactsQuota quota)
        => new(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = quota.Permits,
            Window = quota.Window + (quota.Window / SegmentsPerWindow),
            SegmentsPerWindow = SegmentsPerWindow + 1,
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

    private void Replenish()
    {
        foreach (var window in _windows)
        {
            window.TryReplenish();
        }
    }
}
