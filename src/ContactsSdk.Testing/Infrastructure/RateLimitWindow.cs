namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Describes one rate-limit window: at most <paramref name="Limit"/> requests in any span of <paramref name="Length"/>.
/// </summary>
internal sealed record RateLimitWindow(int Limit, TimeSpan Length);
