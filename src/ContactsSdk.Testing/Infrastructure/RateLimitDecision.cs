namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Tells whether a request may proceed, with the values a vendor reports in its rate-limit headers.
/// </summary>
/// <param name="IsAllowed">Whether the request may proceed.</param>
/// <param name="Limit">The limit of the tightest window.</param>
/// <param name="Remaining">How many more requests the tightest window allows.</param>
/// <param name="RetryAfter">How long a rejected caller must wait; zero when allowed.</param>
internal readonly record struct RateLimitDecision(bool IsAllowed, int Limit, int Remaining, TimeSpan RetryAfter);
