namespace ContactsSdk.Testing;

/// <summary>Configures a <see cref="WixFake"/>.</summary>
public sealed class WixFakeOptions
{
    /// <summary>Gets or sets the clock that stamps contacts and expires OAuth tokens.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets how long an OAuth access token lives.</summary>
    /// <value>Defaults to 4 hours (<c>expires_in: 14400</c>, as seen in client code).</value>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Gets or sets the most custom extended fields a site may define.</summary>
    /// <value>Defaults to 100, the documented limit.</value>
    public int MaxCustomFields { get; set; } = 100;

    /// <summary>Gets or sets the most custom labels a site may define.</summary>
    /// <value>Defaults to 1000; Wix does not publish its labels quota (UNCONFIRMED).</value>
    public int MaxLabels { get; set; } = 1000;

    /// <summary>Gets or sets how many requests each site may make in any 60 seconds before the fake answers 429 <c>RESOURCE_EXHAUSTED</c>.</summary>
    /// <value>Defaults to <see langword="null"/>: no limit, as on every fake. <see cref="VendorFake.Reset"/> restores this setting.</value>
    public int? RateLimitPerMinute { get; set; }

    /// <summary>Gets or sets how long a bulk job reports RUNNING on <see cref="TimeProvider"/> before it reports COMPLETED.</summary>
    /// <value>Defaults to 2 seconds. Zero completes a job at once. The change itself is applied when the job starts.</value>
    public TimeSpan BulkJobDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets the loopback port to listen on, e.g. for a fixed address in a script; 0 lets the system pick a free one.</summary>
    /// <value>Defaults to 0. Must be between 0 and 65535; a port in use fails <c>Start</c>.</value>
    public int Port { get; set; }
}
