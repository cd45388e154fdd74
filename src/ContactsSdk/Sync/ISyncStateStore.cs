namespace ContactsSdk.Sync;

/// <summary>
/// Where one source → target sync keeps what lets it resume and stay idempotent: the links between contacts (with a
/// fingerprint of what was last written), the incremental checkpoint, and the source ids that failed and are retried on the
/// next run. One store (or one key prefix) per pair of clients. Implementations: <see cref="InMemorySyncStateStore"/>,
/// <see cref="JsonFileSyncStateStore"/>; every call is saved before it returns, so a crash loses nothing written.
/// </summary>
public interface ISyncStateStore
{
    /// <summary>Gets the link of a source contact.</summary>
    /// <param name="sourceId">The contact's id in the source.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The link, or null when the contact was never synced.</returns>
    Task<SyncLink?> GetLinkAsync(string sourceId, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces the link of a source contact.</summary>
    /// <param name="link">The link.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the link is saved.</returns>
    Task SaveLinkAsync(SyncLink link, CancellationToken cancellationToken = default);

    /// <summary>Forgets the link of a source contact.</summary>
    /// <param name="sourceId">The contact's id in the source.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the link is removed.</returns>
    Task RemoveLinkAsync(string sourceId, CancellationToken cancellationToken = default);

    /// <summary>Lists every link (a full run uses it to notice contacts deleted in the source).</summary>
    /// <param name="cancellationToken">A token that cancels the listing.</param>
    /// <returns>The links, in no particular order.</returns>
    IAsyncEnumerable<SyncLink> ListLinksAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets the checkpoint the last incremental run saved.</summary>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The checkpoint, or null when none was saved.</returns>
    Task<string?> GetCheckpointAsync(CancellationToken cancellationToken = default);

    /// <summary>Saves the incremental checkpoint.</summary>
    /// <param name="checkpoint">The opaque checkpoint.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the checkpoint is saved.</returns>
    Task SaveCheckpointAsync(string checkpoint, CancellationToken cancellationToken = default);

    /// <summary>Gets the source ids whose sync failed and is to be retried.</summary>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The ids.</returns>
    Task<IReadOnlyCollection<string>> GetFailedAsync(CancellationToken cancellationToken = default);

    /// <summary>Records that a source contact failed to sync, so the next run retries it.</summary>
    /// <param name="sourceId">The contact's id in the source.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the failure is saved.</returns>
    Task MarkFailedAsync(string sourceId, CancellationToken cancellationToken = default);

    /// <summary>Forgets a recorded failure once the contact synced.</summary>
    /// <param name="sourceId">The contact's id in the source.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the failure is removed.</returns>
    Task ClearFailedAsync(string sourceId, CancellationToken cancellationToken = default);
}
