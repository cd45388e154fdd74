namespace ContactsSdk.Resilience;

/// <summary>
/// Paces requests under a vendor's quotas by reservation: each request is given the earliest moment at which every
/// quota still has room (first come, first served); <see cref="QuotaPacer"/> then waits until that moment on the injected
/// clock. Because the wait is known before waiting, a request whose wait would exceed the caller's budget fails at once
/// with the exact <c>Retry-After</c>.
/// </summary>
/// <remarks>
/// Each window is a little longer than the vendor's (<see cref="SafetyMargin"/>), so a request we admit is never counted
/// by the vendor in the window before. Memory is bounded by the permits per window. A waiter that is cancelled gives its
/// reserved moment back, so later requests are not paced behind requests that were never sent.
/// </remarks>
internal sealed class QuotaLimiter(IReadOnlyList<ContactsQuota> quotas, TimeProvider clock)
{
    /// <summary>The share of a window added to it, to absorb clock and network jitter between us and the vendor.</summary>
    public const double SafetyMargin = 0.05;

    private readonly Lock _lock = new();
    private readonly Window[] _windows = [.. quotas.Select(quota => new Window(quota.Permits, Widen(quota.Window)))];

    // Smoothing (GCRA): admissions are spaced by the tightest quota's interval, with a burst of a tenth of its permits,
    // so a bulk job never spends a whole window's quota at once and then waits out the rest of the window.
    private readonly TimeSpan _interval = quotas.Max(quota => Widen(quota.Window) / quota.Permits);
    private readonly TimeSpan _burstTolerance = quotas.Max(quota => Widen(quota.Window) / quota.Permits) * Math.Max(1, quotas.Min(quota => quota.Permits) / 10);
    private DateTimeOffset _theoreticalArrival = DateTimeOffset.MinValue;
    private DateTimeOffset _lastAdmission = DateTimeOffset.MinValue;

    /// <summary>Gives a reserved moment back (its request was never sent).</summary>
    public void Release(DateTimeOffset admission)
    {
        lock (_lock)
        {
            foreach (var window in _windows)
            {
                window.Remove(admission);
            }

            _theoreticalArrival -= _interval;
            _lastAdmission = _windows.Select(window => window.Latest).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        }
    }

    /// <summary>Reserves the earliest moment every quota has room, unless it is more than <paramref name="maxWait"/> away.</summary>
    public (TimeSpan Wait, DateTimeOffset Admission) Reserve(TimeSpan maxWait)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            var smoothed = _theoreticalArrival == DateTimeOffset.MinValue ? now : Max(now, _theoreticalArrival - _burstTolerance);
            var admission = _windows.Aggregate(Max(smoothed, _lastAdmission), (earliest, window) => Max(earliest, window.EarliestAdmission(now)));
            var wait = admission - now;
            if (wait <= maxWait)
            {
                _theoreticalArrival = Max(_theoreticalArrival, admission) + _interval;
                foreach (var window in _windows)
                {
                    window.Record(admission);
                }

                _lastAdmission = admission;
            }

            return (wait, admission);
        }
    }

    private static TimeSpan Widen(TimeSpan window) => window + (window * SafetyMargin);

    private static DateTimeOffset Max(DateTimeOffset left, DateTimeOffset right) => left > right ? left : right;

    /// <summary>The admissions of one quota, oldest first; at most its permit count is kept.</summary>
    private sealed class Window(int permits, TimeSpan length)
    {
        // Oldest first; admissions are handed out in order, so appending keeps it sorted.
        private readonly List<DateTimeOffset> _admissions = new(permits);

        public DateTimeOffset Latest => _admissions.Count == 0 ? DateTimeOffset.MinValue : _admissions[^1];

        public DateTimeOffset EarliestAdmission(DateTimeOffset now)
        {
            var expired = 0;
            while (expired < _admissions.Count && _admissions[expired] <= now - length)
            {
                expired++;
            }

            _admissions.RemoveRange(0, expired);

            // Full: the next admission waits until the oldest one leaves the window.
            return _admissions.Count < permits ? now : _admissions[0] + length;
        }

        public void Record(DateTimeOffset admission)
        {
            if (_admissions.Count == permits)
            {
                _admissions.RemoveAt(0);
            }

            _admissions.Add(admission);
        }

        public void Remove(DateTimeOffset admission)
        {
            var index = _admissions.LastIndexOf(admission);
            if (index >= 0)
            {
                _admissions.RemoveAt(index);
            }
        }
    }
}
