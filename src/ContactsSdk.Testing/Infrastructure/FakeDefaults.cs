namespace ContactsSdk.Testing.Infrastructure;

/// <summary>The defaults every fake shares, so the three behave alike until a test configures one.</summary>
internal static class FakeDefaults
{
    /// <summary>
    /// Turns an options' <c>RateLimitPerMinute</c> into the starting quota: none when null (the default on every fake,
    /// so a test that does not ask for 429s never sees one), else one sliding minute.
    /// </summary>
    /// <exception cref="ArgumentException">The limit is zero or negative.</exception>
    public static IReadOnlyList<RateLimitWindow>? StartingQuota(int? perMinute, string paramName) => perMinute switch
    {
        null => null,
        < 1 => throw new ArgumentException("RateLimitPerMinute must be positive, or null for no limit.", paramName),
        { } limit => [new RateLimitWindow(limit, TimeSpan.FromMinutes(1))],
    };
}
