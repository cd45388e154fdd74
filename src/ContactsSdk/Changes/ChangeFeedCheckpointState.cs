namespace ContactsSdk.Changes;

/// <summary>
/// The serialised form of a <see cref="ChangeFeedCheckpoint"/>: a few fixed fields, never per-contact state, so the
/// token stays small whatever the number of contacts.
/// </summary>
/// <param name="Version">The format version; a token of another version is refused.</param>
/// <param name="Vendor">The vendor the feed reads.</param>
/// <param name="Account">The account the feed reads (store, site or key fingerprint), so a token cannot resume another account.</param>
/// <param name="UpdatedHighWater">The upper bound of the last completed window of updates.</param>
/// <param name="DeletedHighWater">The upper bound of the last completed window of the deleted history, where the vendor keeps one.</param>
/// <param name="WindowTo">The upper bound of the window in progress; <see langword="null"/> between windows.</param>
/// <param name="Position">The vendor position inside the window in progress, to resume mid-window after a crash.</param>
internal sealed record ChangeFeedCheckpointState(
    int Version,
    ContactsVendor Vendor,
    string Account,
    DateTimeOffset UpdatedHighWater,
    DateTimeOffset? DeletedHighWater,
    DateTimeOffset? WindowTo,
    string? Position);
