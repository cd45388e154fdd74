namespace ContactsSdk.Sync;

/// <summary>One change an <see cref="ISyncChangeSource"/> reports in the source.</summary>
/// <param name="ContactId">The changed contact's id in the source.</param>
/// <param name="IsDeleted">Whether the contact was deleted (or merged away).</param>
/// <param name="Contact">The contact as it now stands, when the source sent it; null makes the sync read it.</param>
/// <param name="Checkpoint">The position to resume after this change, when the source gives one per change.</param>
public sealed record SyncSourceChange(string ContactId, bool IsDeleted, Contact? Contact, string? Checkpoint);
