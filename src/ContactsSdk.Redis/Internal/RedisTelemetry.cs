using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ContactsSdk.Redis.Internal;

/// <summary>The package's <see cref="Meter"/> ("ContactsSdk.Redis"): calls that found Redis unreachable, by part and behaviour.</summary>
internal static class RedisTelemetry
{
    public const string MeterName = "ContactsSdk.Redis";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Unavailable = Meter.CreateCounter<long>(
        "contactssdk.redis.unavailable", description: "Calls that found Redis unreachable, and fell back to the in-process part or failed closed.");

    public static void RecordUnavailable(string component, RedisUnavailableBehavior behavior)
        => Unavailable.Add(1, new TagList
        {
            { "contactssdk.redis.component", component },
            { "contactssdk.redis.behavior", behavior == RedisUnavailableBehavior.FailClosed ? "fail_closed" : "fallback" },
        });
}
