namespace ContactsSdk.Testing;

/// <summary>
/// Configures an <see cref="AgentClaraFake"/> before it starts.
/// </summary>
public sealed class AgentClaraFakeOptions
{
    /// <summary>
    /// Gets or sets the clock used for timestamps, the journal and the rate limiter.
    /// </summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>. Pass a fake clock to control time in tests.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gets or sets whether list responses carry the proposed <c>pagination</c> block.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>. <see langword="false"/> reproduces the documented bare list shape.</value>
    public bool EmitPagination { get; set; } = true;

    /// <summary>
    /// Gets or sets how many requests each key may make in any 60 seconds before the fake answers 429 <c>rate_limited</c>.
    /// </summary>
    /// <value>
    /// Defaults to <see langword="null"/>: no limit, as on every fake. <see cref="VendorFake.Reset"/> restores this setting;
    /// <see cref="AgentClaraFake.EnableRateLimit"/> adds the documented burst window.
    /// </value>
    public int? RateLimitPerMinute { get; set; }

    /// <summary>Gets or sets the loopback port to listen on, e.g. for a fixed address in a script; 0 lets the system pick a free one.</summary>
    /// <value>Defaults to 0. Must be between 0 and 65535; a port in use fails <c>Start</c>.</value>
    public int Port { get; set; }
}
