namespace ContactsSdk.Testing;

/// <summary>The client settings that <see cref="FakeRegistrationExtensions"/> applies when it points a registration at a fake.</summary>
internal static class FakeClientDefaults
{
    /// <summary>
    /// Retries stay on, as in production, but back off by nothing: a test that injects a 503 sees the retry at once, and a
    /// test on a fake clock needs no <c>Advance</c> for it. A <c>Retry-After</c> the fake sends is still honoured.
    /// </summary>
    public static readonly TimeSpan RetryBaseDelay = TimeSpan.Zero;

    /// <summary>
    /// Pacing is off: its budget is shared by every client in the process with the same credential, and every test uses the
    /// fake's default one, so paced tests would wait for one another (forever on a fake clock nobody advances).
    /// </summary>
    public const bool PaceRequests = false;
}
