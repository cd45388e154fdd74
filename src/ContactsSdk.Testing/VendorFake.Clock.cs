namespace ContactsSdk.Testing;

/// <summary>The vendor's clock, which a test may move apart from the client's.</summary>
public abstract partial class VendorFake
{
    /// <summary>
    /// Gets or sets how far the vendor's clock runs ahead of the fake's clock (negative: behind), to test clock skew
    /// between the vendor and the client. The vendor stamps its records and its <c>Date</c> header by this moved clock;
    /// the clients the glue points here keep the fake's own clock. <see cref="Reset"/> sets it back to zero.
    /// </summary>
    /// <value>Defaults to <see cref="TimeSpan.Zero"/>.</value>
    public TimeSpan VendorClockOffset
    {
        get => _pipeline.VendorClock.Offset;
        set => _pipeline.VendorClock.Offset = value;
    }
}
