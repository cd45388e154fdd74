namespace ContactsSdk.Redis;

/// <summary>What a part of <c>ContactsSdk.Redis</c> does while Redis cannot be reached (or does not answer within the timeout).</summary>
public enum RedisUnavailableBehavior
{
    /// <summary>
    /// Use the in-process counterpart (pacer, lock, de-duplication set) of this instance only, log a warning when Redis
    /// is first found unreachable and count each such call in the <c>contactssdk.redis.unavailable</c> metric. Calls go
    /// on; what is shared between instances is not, until Redis answers again.
    /// </summary>
    FallBackToInProcess,

    /// <summary>
    /// Fail the call with <see cref="Errors.ContactsUnavailableException"/> (transient) before anything is sent to the
    /// vendor, and count it in the <c>contactssdk.redis.unavailable</c> metric.
    /// </summary>
    FailClosed,
}
