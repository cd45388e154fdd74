namespace ContactsSdk.Resilience;

/// <summary>
/// What the resilience pipeline needs from a client's options: the caller's settings plus the vendor's own facts (its
/// published quotas, what it counts them against, which POSTs are safe to send twice). Handed in by the options so that
/// resilience depends on no vendor and no registration code.
/// </summary>
/// <param name="Settings">The caller's timeouts, retries, pacing and breaker settings.</param>
/// <param name="PublishedQuotas">The vendor's published quotas, paced to when <see cref="ContactsResilienceOptions.Quotas"/> is null.</param>
/// <param name="QuotaPartition">What the vendor counts its quota against; clients that share it share one budget.</param>
/// <param name="IsIdempotentPost">Whether a POST only reads or is idempotent by design, so a retry cannot duplicate it.</param>
internal sealed record ResilienceProfile(
    ContactsResilienceOptions Settings,
    IReadOnlyList<ContactsQuota> PublishedQuotas,
    IEnumerable<string?> QuotaPartition,
    Func<HttpRequestMessage, bool> IsIdempotentPost);
