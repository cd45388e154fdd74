namespace ContactsSdk.Webhooks;

/// <summary>Settings for <see cref="EcwidWebhook.ParseAndVerify"/>.</summary>
public sealed record EcwidVerifyOptions
{
    /// <summary>The shortest <see cref="MaxEventAge"/> allowed: Ecwid resends a failed delivery for up to 24 hours with the original <c>eventCreated</c>.</summary>
    public static readonly TimeSpan MinimumMaxEventAge = TimeSpan.FromHours(24);

    private readonly TimeSpan? _maxEventAge;

    /// <summary>
    /// Gets the age past which an event is refused with <see cref="WebhookFailureReason.Expired"/> — a limit on replays of a
    /// captured delivery, since Ecwid signs no delivery time.
    /// </summary>
    /// <value>Defaults to <see langword="null"/> (no limit; de-duplicate by event id instead). At least <see cref="MinimumMaxEventAge"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is shorter than 24 hours, which would drop Ecwid's legitimate resends.</exception>
    public TimeSpan? MaxEventAge
    {
        get => _maxEventAge;
        init
        {
            if (value is { } age)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(age, MinimumMaxEventAge, nameof(MaxEventAge));
            }

            _maxEventAge = value;
        }
    }

    /// <summary>Gets the clock the event age is measured against.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
