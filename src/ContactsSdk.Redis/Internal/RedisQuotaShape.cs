using ContactsSdk.Resilience;
using StackExchange.Redis;

namespace ContactsSdk.Redis.Internal;

/// <summary>
/// A <see cref="QuotaScope"/> as the Lua script reads it: keys and integer microseconds. Admissions are spaced as by the
/// in-process pacer (by the tightest quota's interval, with a burst of a tenth of its permits); each window is widened by
/// <see cref="SafetyMargin"/>, twice the in-process pacer's margin.
/// </summary>
internal sealed class RedisQuotaShape
{
    /// <summary>
    /// The share of a window added to it against jitter between a request's admission and its arrival at the vendor. Twice
    /// the in-process pacer's 5 %: instances on other hosts (and, in the cross-process test, six processes on 2 cores) can
    /// hold an admitted request longer than one process does — at 5 % (0.5 s of AgentClara's 10-s window) a loaded
    /// machine drew an occasional 429. Sustained throughput stays above 0.90 of the quota (1 ÷ 1.1 ≈ 0.91).
    /// </summary>
    public const double SafetyMargin = 0.10;

    private const long MicrosecondsPerTick = 10;

    public RedisQuotaShape(QuotaScope scope, RedisConnection connection)
    {
        var lengths = scope.Quotas.Select(quota => Widen(quota.Window)).ToArray();
        Interval = scope.Quotas.Select((quota, i) => CeilingDivide(lengths[i], quota.Permits)).Max();
        Burst = Interval * Math.Max(1, scope.Quotas.Min(quota => quota.Permits) / 10);
        var tag = "{" + scope.Key + "}";
        Keys = [connection.Key($"quota:{tag}:state"), .. scope.Quotas.Select((_, i) => connection.Key($"quota:{tag}:w{i}"))];
        Windows = [.. scope.Quotas.SelectMany((quota, i) => new RedisValue[] { quota.Permits, lengths[i] })];
        LongestWindow = lengths.Max();
    }

    /// <summary>Gets the state hash, then one sorted set per quota.</summary>
    public RedisKey[] Keys { get; }

    /// <summary>Gets the GCRA spacing, in microseconds.</summary>
    public long Interval { get; }

    /// <summary>Gets the GCRA burst tolerance, in microseconds.</summary>
    public long Burst { get; }

    public long LongestWindow { get; }

    /// <summary>Gets permits and widened length (µs) per quota, in key order.</summary>
    public RedisValue[] Windows { get; }

    /// <summary>The arguments of <see cref="RedisQuotaScripts.Reserve"/> for a caller's <paramref name="maxWait"/>.</summary>
    public RedisValue[] ReserveArguments(TimeSpan maxWait)
    {
        var maxWaitMicros = maxWait.Ticks / MicrosecondsPerTick;

        // Keys live as long as a reservation can still matter: the furthest admission plus the longest window, then they go.
        var ttlMilliseconds = ((maxWaitMicros + LongestWindow + Burst + Interval) / 1000) + 1000;
        return [maxWaitMicros, Interval, Burst, ttlMilliseconds, .. Windows];
    }

    private static long Widen(TimeSpan window) => (long)Math.Ceiling(window.Ticks / (double)MicrosecondsPerTick * (1 + SafetyMargin));

    private static long CeilingDivide(long value, int divisor) => (value + divisor - 1) / divisor;
}
