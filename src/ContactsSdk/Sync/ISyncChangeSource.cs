namespace ContactsSdk.Sync;

/// <summary>
/// Where an incremental <see cref="ContactsSync"/> run learns what changed in the source since a checkpoint. The default,
/// <see cref="ChangeFeedSyncChangeSource"/>, reads the source's change feed; a webhook queue can be plugged in instead.
/// </summary>
public interface ISyncChangeSource
{
    /// <summary>Lists the changes after a checkpoint, oldest first.</summary>
    /// <param name="checkpoint">The checkpoint saved by the previous run, or null for everything.</param>
    /// <param name="cancellationToken">A token that cancels the listing.</param>
    /// <returns>The changes, each with the checkpoint to resume after it where known.</returns>
    IAsyncEnumerable<SyncSourceChange> GetChangesAsync(string? checkpoint, CancellationToken cancellationToken = default);
}
