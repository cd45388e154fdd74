using ContactsSdk.Errors;
using Microsoft.Extensions.Logging;

namespace ContactsSdk.Redis.Internal;

/// <summary>
/// One part's view of Redis being down: counts every call that met the outage, logs a warning when the outage starts
/// (not once per call, which would flood the log) and a note when it ends, and tells the part whether to fall back.
/// </summary>
internal sealed class RedisOutage(string component, RedisUnavailableBehavior behavior, ILogger logger, string failClosedNote = "nothing was sent to the vendor")
{
    private int _down;

    /// <summary>Records a call that found Redis unreachable; throws when the part fails closed, else returns so the caller falls back.</summary>
    public void OnUnavailable(RedisUnavailableException failure)
    {
        RedisTelemetry.RecordUnavailable(component, behavior);
        if (Interlocked.Exchange(ref _down, 1) == 0 && logger.IsEnabled(LogLevel.Warning))
        {
            var what = behavior == RedisUnavailableBehavior.FailClosed ? "failing calls that need it" : "using the in-process one";
            RedisLog.Unreachable(logger, component, failure.InnerException?.GetType().Name ?? "not connected", what);
        }

        if (behavior == RedisUnavailableBehavior.FailClosed)
        {
            throw new ContactsUnavailableException(
                $"The shared {component} (Redis) is unreachable and set to fail closed; {failClosedNote}. {failure.Message}", failure);
        }
    }

    /// <summary>Records a call Redis served; ends an outage.</summary>
    public void OnAvailable()
    {
        if (Volatile.Read(ref _down) == 1 && Interlocked.Exchange(ref _down, 0) == 1 && logger.IsEnabled(LogLevel.Information))
        {
            RedisLog.Recovered(logger, component);
        }
    }
}
