namespace ContactsSdk.Webhooks;

/// <summary>Settings for <see cref="WixWebhook.DecodeAndVerify"/>.</summary>
public sealed record WixVerifyOptions
{
    private readonly TimeSpan _clockSkew = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets how far the token's <c>exp</c> and <c>nbf</c> may be off the local clock. Both claims are checked only when the
    /// token carries them (Wix documents neither).
    /// </summary>
    /// <value>Defaults to 5 minutes.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan ClockSkew
    {
        get => _clockSkew;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero, nameof(ClockSkew));
            _clockSkew = value;
        }
    }

    /// <summary>Gets the clock <c>exp</c> and <c>nbf</c> are checked against.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
