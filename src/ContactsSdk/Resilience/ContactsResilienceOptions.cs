namespace ContactsSdk.Resilience;

/// <summary>
/// Configures the one resilience pipeline of a vendor client. Only safe or idempotent requests are retried;
/// a POST that creates is never retried automatically. Values are checked at start-up against the ranges the pipeline
/// accepts: one out of range fails there, naming the option and the registration.
/// </summary>
public sealed class ContactsResilienceOptions
{
    /// <summary>Gets or sets how many times a failed safe request is tried again; 0 turns retries off.</summary>
    /// <value>Defaults to 3. 0 to 10.</value>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Gets or sets the first retry delay; later ones grow exponentially, with jitter. A vendor's <c>Retry-After</c> wins.</summary>
    /// <value>Defaults to 1 second. 0 to 1 day.</value>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets how long one attempt may take.</summary>
    /// <value>Defaults to 10 seconds. 10 ms to 1 day, and no longer than <see cref="TotalTimeout"/>.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how long a call may take in all, retries included.</summary>
    /// <value>Defaults to 30 seconds. 10 ms to 1 day.</value>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets a value indicating whether requests wait for a permit of the vendor's quota before they are sent, so
    /// that bulk work paces itself instead of collecting 429s. Permits are shared by every client in the process that
    /// uses the same vendor credential.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool PaceRequests { get; set; } = true;

    /// <summary>Gets or sets the quotas to pace to; <see langword="null"/> means the vendor's published quota.</summary>
    /// <value>
    /// Defaults to <see langword="null"/>: AgentClara 1,000 per minute and 100 per 10 seconds per key; Wix 200 per minute per site;
    /// Ecwid 600 per minute per token. Each quota allows 1 to 100,000 requests in a window longer than 0 and at most 1 day.
    /// </value>
    public IList<ContactsQuota>? Quotas { get; set; }

    /// <summary>
    /// Gets or sets the longest a request waits for a quota permit. When the wait would be longer, the call fails at once
    /// with <see cref="Errors.ContactsRateLimitedException"/> carrying the expected <c>RetryAfter</c>.
    /// </summary>
    /// <value>Defaults to 20 seconds. 0 to 1 day.</value>
    public TimeSpan MaxQuotaWait { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Gets or sets the share of failed requests, over <see cref="CircuitBreakerSamplingDuration"/>, that opens the circuit.</summary>
    /// <value>Defaults to 0.5. Greater than 0, at most 1.</value>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Gets or sets how many requests the sampling window must hold before the circuit can open.</summary>
    /// <value>Defaults to 20. At least 2.</value>
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>Gets or sets the window over which failures are counted.</summary>
    /// <value>Defaults to 30 seconds. 0.5 seconds to 1 day.</value>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long an open circuit fails calls at once before it lets one through to test the vendor.</summary>
    /// <value>Defaults to 15 seconds. 0.5 seconds to 1 day.</value>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
