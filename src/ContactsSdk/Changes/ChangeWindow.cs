namespace ContactsSdk.Changes;

/// <summary>
/// One bounded read of a change feed: the half-open interval <c>[HighWater − Overlap, To)</c> of the vendor's clock,
/// the vendor position inside it (when resuming after a crash), and the checkpoints it hands out.
/// </summary>
/// <param name="Vendor">The vendor read.</param>
/// <param name="Account">The account read (store, site or key fingerprint).</param>
/// <param name="HighWater">Where the last completed window ended; <see cref="DateTimeOffset.MinValue"/> for a full read.</param>
/// <param name="DeletedHighWater">Where the last read of the deleted history ended; null when none is read (a full read, or no history).</param>
/// <param name="To">The window's exclusive upper bound: the vendor's "now" minus the settle lag when the window opened.</param>
/// <param name="Position">The vendor position to resume from inside the window; null to start at its beginning.</param>
/// <param name="Overlap">How far before each high-water mark the window starts.</param>
/// <param name="PageSize">The page size to ask for.</param>
/// <param name="KeepsDeletedHistory">Whether the completed checkpoint records a deleted-history high-water mark (Ecwid).</param>
internal sealed record ChangeWindow(
    ContactsVendor Vendor,
    string Account,
    DateTimeOffset HighWater,
    DateTimeOffset? DeletedHighWater,
    DateTimeOffset To,
    string? Position,
    TimeSpan Overlap,
    int PageSize,
    bool KeepsDeletedHistory)
{
    /// <summary>Gets whether this window reads everything from the beginning (no checkpoint was given).</summary>
    public bool IsFullRead => HighWater == DateTimeOffset.MinValue;

    /// <summary>Gets the inclusive lower bound of updates, or null for a full read.</summary>
    public DateTimeOffset? From => IsFullRead ? null : HighWater - Overlap;

    /// <summary>Gets the inclusive lower bound of the deleted history, or null when the window reads none.</summary>
    public DateTimeOffset? DeletedFrom => IsFullRead || DeletedHighWater is not { } deleted ? null : deleted - Overlap;

    /// <summary>Gets whether an update at <paramref name="changedAt"/> belongs to the window.</summary>
    public bool Contains(DateTimeOffset? changedAt)
        => changedAt is not { } at ? IsFullRead : at < To && (From is not { } from || at >= from);

    /// <summary>Created when the contact was created inside the window (always, for a full read), else Updated.</summary>
    public ContactChangeKind KindOf(DateTimeOffset? createdAt)
        => From is not { } from || createdAt >= from ? ContactChangeKind.Created : ContactChangeKind.Updated;

    /// <summary>The checkpoint that resumes this window at <paramref name="position"/>.</summary>
    public ChangeFeedCheckpoint At(string position)
        => new(new ChangeFeedCheckpointState(ChangeFeedCheckpoint.CurrentVersion, Vendor, Account, HighWater, DeletedHighWater, To, position));

    /// <summary>The checkpoint of the window read to its end: the next window starts from <see cref="To"/>.</summary>
    public ChangeFeedCheckpoint Completed()
        => new(new ChangeFeedCheckpointState(
            ChangeFeedCheckpoint.CurrentVersion, Vendor, Account, To, KeepsDeletedHistory ? To : null, WindowTo: null, Position: null));
}
