namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// The vendor's own clock: the fake's clock moved by an offset a test sets, so a test can put the vendor's clock
/// ahead of or behind the client's (clock skew) while both still run on one fake clock. Timers and timestamps stay
/// the inner clock's, so delays and quota windows are unaffected by the offset.
/// </summary>
internal sealed class VendorClock(TimeProvider inner) : TimeProvider
{
    private long _offsetTicks;

    /// <summary>Gets or sets how far the vendor's clock runs ahead of the fake's clock (negative: behind).</summary>
    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    /// <inheritdoc />
    public override long TimestampFrequency => inner.TimestampFrequency;

    /// <inheritdoc />
    public override long GetTimestamp() => inner.GetTimestamp();

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        => inner.CreateTimer(callback, state, dueTime, period);
}
