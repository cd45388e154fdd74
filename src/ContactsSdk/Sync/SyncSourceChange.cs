namespace ContactsSdk.Sync;

/// <summary>One change an <see cref="ISyncChangeSource"/> reports in the source.</summary>
/// <param name="ContactId">The changed contact's id in the source; empty for an item that only moves the checkpoint.</param>
/// <param name="IsDeleted">Whether the contact was deleted (or merged away).</param>
/// <param name="Contact">The contact as it now stands, when the source sent it; null makes the sync read it.</param>
/// <param name="Checkpoint">The position to resume after this change, when the source gives one per change.</param>
public sealed record SyncSourceChange(string ContactId, bool IsDeleted, Contact? Contact, string? Checkpoint)
{
    /// <summary>Gets whether this item names no contact and only moves the checkpoint (a window read to its end with nothing after its last change).</summary>
    public bool MovesCheckpointOnly => ContactId.Length == 0;

    /// <summary>An item that names no contact and only moves the checkpoint, so a quiet source's next run reads only what is new.</summary>
    /// <param name="checkpoint">The position to resume from.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException"><paramref name="checkpoint"/> is null or blank.</exception>
    public static SyncSourceChange CheckpointOnly(string checkpoint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        return new SyncSourceChange(string.Empty, IsDeleted: false, Contact: null, checkpoint);
    }
}
