namespace ContactsSdk.Testing;

/// <summary>
/// Configures an <see cref="EcwidFake"/> before it starts.
/// </summary>
public sealed class EcwidFakeOptions
{
    /// <summary>
    /// Gets or sets the clock used for timestamps, the journal and the rate limiter.
    /// </summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>. Pass a fake clock to control time in tests.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gets or sets how many requests each token may make in any 60 seconds before the fake answers 429 <c>RATE_LIMITED</c>.
    /// </summary>
    /// <value>
    /// Defaults to <see langword="null"/>: no limit, as on every fake. Set it to 600, Ecwid's documented limit, to meet 429s
    /// as production would. <see cref="VendorFake.Reset"/> restores this setting.
    /// </value>
    public int? RateLimitPerMinute { get; set; }

    /// <summary>Gets or sets the loopback port to listen on, e.g. for a fixed address in a script; 0 lets the system pick a free one.</summary>
    /// <value>Defaults to 0. Must be between 0 and 65535; a port in use fails <c>Start</c>.</value>
    public int Port { get; set; }
}
