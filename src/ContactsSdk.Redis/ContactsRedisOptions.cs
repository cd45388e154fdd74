namespace ContactsSdk.Redis;

/// <summary>Configures <c>ContactsSdk.Redis</c>: key names, timeouts, the write-lock lease and what each part does when Redis is down.</summary>
public sealed class ContactsRedisOptions
{
    /// <summary>Gets or sets the prefix of every key the package writes, so it can share a Redis database with other data.</summary>
    /// <value>Defaults to <c>contactssdk:</c>. Not blank, at most 64 characters.</value>
    public string KeyPrefix { get; set; } = "contactssdk:";

    /// <summary>
    /// Gets or sets the longest any one Redis call may take; a call that takes longer counts as Redis being unreachable
    /// (and follows the part's <see cref="RedisUnavailableBehavior"/>). For a connection string it is also the connect,
    /// sync and async timeout of the connection.
    /// </summary>
    /// <value>Defaults to 1 second. 10 ms to 1 minute.</value>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Gets or sets how long a write lock is held in Redis without renewal. The holder renews it every third of the lease
    /// while its write runs, so a crashed instance blocks a contact for at most this long.
    /// </summary>
    /// <value>Defaults to 15 seconds. 1 second to 10 minutes.</value>
    public TimeSpan WriteLockLease { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets or sets what the shared quota does while Redis is unreachable.</summary>
    /// <value>
    /// Defaults to <see cref="RedisUnavailableBehavior.FallBackToInProcess"/>: each instance paces to the full quota on its
    /// own, so several instances together may draw 429s (which the SDK retries after <c>Retry-After</c>) until Redis is back.
    /// </value>
    public RedisUnavailableBehavior QuotaWhenUnavailable { get; set; } = RedisUnavailableBehavior.FallBackToInProcess;

    /// <summary>Gets or sets what the shared per-contact write lock does while Redis is unreachable.</summary>
    /// <value>
    /// Defaults to <see cref="RedisUnavailableBehavior.FallBackToInProcess"/>: writes in one instance still never overlap,
    /// but two instances may write the same contact at once (a tag added by one may be lost) until Redis is back.
    /// </value>
    public RedisUnavailableBehavior WriteLockWhenUnavailable { get; set; } = RedisUnavailableBehavior.FallBackToInProcess;

    /// <summary>Gets or sets what webhook de-duplication does while Redis is unreachable.</summary>
    /// <value>
    /// Defaults to <see cref="RedisUnavailableBehavior.FailClosed"/>: the endpoint answers an error and the vendor resends
    /// the event later, so nothing is lost and nothing is processed twice.
    /// </value>
    public RedisUnavailableBehavior DeduplicationWhenUnavailable { get; set; } = RedisUnavailableBehavior.FailClosed;
}
