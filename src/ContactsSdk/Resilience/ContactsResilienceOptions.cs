namespace ContactsSdk.Resilience;

/// <summary>
/// Configures the one resilience pipeline of a vendor client. Only safe or idempotent requests are retried;
/// a POST that creates is never retried automatically.
/// </summary>
public sealed class ContactsResilienceOptions
{
    /// <summary>Gets or sets how many times a failed safe request is tried again; 0 turns retries off.</summary>
    /// <value>Defaults to 3.</value>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Gets or sets the first retry delay; later ones grow exponentially, with jitter. A vendor's <c>Retry-After</c> wins.</summary>
    /// <value>Defaults to 1 second.</value>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how long one attempt may take.</summary>
    /// <value>Defaults to 10 seconds.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how long a call may take in all, retries included.</summary>
    /// <value>Defaults to 30 seconds.</value>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
