namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Limits requests per key over sliding windows, reading time from a <see cref="TimeProvider"/> so tests can move it.
/// </summary>
/// <remarks>Rejected requests do not count, so a client that waits <c>Retry-After</c> is always let through.</remarks>
internal sealed class SlidingWindowRateLimiter
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<DateTimeOffset>> _hitsByKey = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<RateLimitWindow> _windows;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _longestWindow;

    /// <summary>Initializes a limiter enforcing every window at once.</summary>
    public SlidingWindowRateLimiter(IReadOnlyList<RateLimitWindow> windows, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (windows.Count == 0 || windows.Any(window => window.Limit <= 0 || window.Length <= TimeSpan.Zero))
        {
            throw new ArgumentException("Every window needs a positive limit and length.", nameof(windows));
        }

        _windows = windows;
        _timeProvider = timeProvider;
        _longestWindow = windows.Max(window => window.Length);
    }

    /// <summary>Counts a request for <paramref name="key"/> if every window still has room.</summary>
    public RateLimitDecision TryAcquire(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            var hits = HitsFor(key, now);
            var rejection = FindRejection(hits, now);
            if (rejection is { } rejected)
            {
                return rejected;
            }

            hits.Add(now);
            return Allowed(hits, now);
        }
    }

    private List<DateTimeOffset> HitsFor(string key, DateTimeOffset now)
    {
        if (!_hitsByKey.TryGetValue(key, out var hits))
        {
            hits = [];
            _hitsByKey[key] = hits;
        }

        hits.RemoveAll(hit => hit <= now - _longestWindow);
        return hits;
    }

    private RateLimitDecision? FindRejection(List<DateTimeOffset> hits, DateTimeOffset now)
    {
        RateLimitDecision? rejection = null;
        foreach (var window in _windows)
        {
            var inWindow = hits.Where(hit => hit > now - window.Length).ToList();
            if (inWindow.Count < window.Limit)
            {
                continue;
            }

            // The caller may retry once enough of the oldest hits have slid out of this window.
            var mustExpire = inWindow[inWindow.Count - window.Limit];
            var wait = mustExpire + window.Length - now;
            if (rejection is null || wait > rejection.Value.RetryAfter)
            {
                rejection = new RateLimitDecision(false, window.Limit, 0, wait);
            }
        }

        return rejection;
    }

    private RateLimitDecision Allowed(List<DateTimeOffset> hits, DateTimeOffset now)
    {
        var tightest = _windows
            .Select(window => (window.Limit, Remaining: window.Limit - hits.Count(hit => hit > now - window.Length)))
            .MinBy(pair => pair.Remaining);
        return new RateLimitDecision(true, tightest.Limit, tightest.Remaining, TimeSpan.Zero);
    }
}
