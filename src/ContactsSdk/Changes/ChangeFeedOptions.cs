namespace ContactsSdk.Changes;

/// <summary>
/// Tunes a change feed read (<see cref="IContactsClient.GetChangesAsync"/>): how far back each window reaches before the
/// checkpoint, how fresh a change must not be to be read yet, and the page size.
/// </summary>
public sealed record ChangeFeedOptions
{
    /// <summary>The largest overlap accepted: more would re-read a day of changes on every call.</summary>
    internal static readonly TimeSpan MaxOverlap = TimeSpan.FromDays(1);

    /// <summary>
    /// Gets how far before the checkpoint's high-water mark each window starts, so that writes the vendor stamped late
    /// (slow transactions, same-second writes, clock steps) are still read. Changes in the overlap may come twice.
    /// </summary>
    /// <value>Defaults to 2 minutes; 0 to 1 day.</value>
    public TimeSpan Overlap { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Gets how old a change must be, by the vendor's clock, before a window reads it: the window ends at the vendor's
    /// "now" (its <c>Date</c> header) minus this lag, so changes still being written are read next time instead.
    /// </summary>
    /// <value>Defaults to 30 seconds; 0 to 1 day.</value>
    public TimeSpan SettleLag { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets the page size to ask the vendor for, or <see langword="null"/> for the vendor's largest (Ecwid and AgentClara 100, Wix 1000).</summary>
    /// <value>Defaults to <see langword="null"/>; at least 1 and at most the vendor's largest page.</value>
    public int? PageSize { get; init; }

    /// <summary>Checks the options before any request.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    internal int Validate(int maxPageSize, string paramName)
    {
        if (Overlap < TimeSpan.Zero || Overlap > MaxOverlap)
        {
            throw new ArgumentException($"{nameof(Overlap)} must be between 0 and {MaxOverlap}.", paramName);
        }

        if (SettleLag < TimeSpan.Zero || SettleLag > MaxOverlap)
        {
            throw new ArgumentException($"{nameof(SettleLag)} must be between 0 and {MaxOverlap}.", paramName);
        }

        if (PageSize is < 1 || PageSize > maxPageSize)
        {
            throw new ArgumentException($"{nameof(PageSize)} must be between 1 and {maxPageSize} for this vendor.", paramName);
        }

        return PageSize ?? maxPageSize;
    }
}
