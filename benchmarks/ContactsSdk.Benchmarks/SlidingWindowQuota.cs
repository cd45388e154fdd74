using System.Diagnostics;

namespace ContactsSdk.Benchmarks;

/// <summary>
/// A vendor's quota as the in-memory vendors of the throughput measurements enforce it: at most <c>permits</c> arrivals in
/// any sliding window, counted in real time, with the first and last arrival kept for the achieved rate.
/// </summary>
public sealed class SlidingWindowQuota(int permits, TimeSpan window)
{
    private readonly Lock _lock = new();
    private readonly Queue<long> _arrivals = new();
    private readonly long _windowTicks = (long)(window.TotalSeconds * Stopwatch.Frequency);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _first = -1;
    private long _last;

    public int Requests { get; private set; }

    public int Rejected { get; private set; }

    public TimeSpan FirstArrival => TimeSpan.FromSeconds(Math.Max(0, _first) / (double)Stopwatch.Frequency);

    public TimeSpan LastArrival => TimeSpan.FromSeconds(_last / (double)Stopwatch.Frequency);

    /// <summary>Requests per second between the first and the last arrival.</summary>
    public double Rate => Requests > 1 && LastArrival > FirstArrival ? (Requests - 1) / (LastArrival - FirstArrival).TotalSeconds : 0;

    public void Reset()
    {
        lock (_lock)
        {
            _arrivals.Clear();
            Requests = 0;
            Rejected = 0;
            _first = -1;
            _last = 0;
        }
    }

    /// <summary>Counts an arrival; false when it is over the quota (the vendor answers 429).</summary>
    public bool Admit()
    {
        lock (_lock)
        {
            var now = _clock.ElapsedTicks;
            if (_first < 0)
            {
                _first = now;
            }

            _last = now;
            Requests++;
            while (_arrivals.Count > 0 && _arrivals.Peek() <= now - _windowTicks)
            {
                _arrivals.Dequeue();
            }

            if (_arrivals.Count < permits)
            {
                _arrivals.Enqueue(now);
                return true;
            }

            Rejected++;
            return false;
        }
    }
}
