using System.Runtime.CompilerServices;
using ContactsSdk.Changes;

namespace ContactsSdk.Sync;

/// <summary>
/// The default <see cref="ISyncChangeSource"/>: the source client's change feed (<see cref="IContactsClient.GetChangesAsync"/>).
/// Created and updated contacts come as changed, with the contact the feed read; deleted and merged-away contacts come as
/// deletes. What the feed sees depends on the vendor: Ecwid's deleted history carries its deletes; Wix and AgentClara keep
/// none, so their deletes reach a sync through a full run (or <see cref="IContactsClient.ReconcileAsync"/>).
/// </summary>
public sealed class ChangeFeedSyncChangeSource : ISyncChangeSource
{
    private readonly IContactsClient _source;
    private readonly ChangeFeedOptions? _options;

    /// <summary>Initializes a change source over <paramref name="source"/>'s change feed.</summary>
    /// <param name="source">The client whose changes are read.</param>
    /// <param name="options">The feed's overlap, settle lag and page size; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ChangeFeedSyncChangeSource(IContactsClient source, ChangeFeedOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _options = options;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// A checkpoint this SDK cannot read (one written by an older change source, or by an incompatible version) starts a
    /// full read: safe, because a sync writes nothing for a contact that has not changed. The last item moves the
    /// checkpoint to the end of the window read, also when the window held no change (<see cref="SyncSourceChange.MovesCheckpointOnly"/>).
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="checkpoint"/> belongs to another vendor or account.</exception>
    /// <exception cref="Errors.ContactsResyncRequiredException">The checkpoint is older than the vendor's delete history.</exception>
    public async IAsyncEnumerable<SyncSourceChange> GetChangesAsync(string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var since = ChangeFeedCheckpoint.TryParse(checkpoint, out var parsed) ? parsed : null;
        var feed = _source.GetChangesAsync(since, _options, cancellationToken);
        ChangeFeedCheckpoint? last = null;
        await foreach (var change in feed.ConfigureAwait(false))
        {
            last = change.Checkpoint;
            yield return ToSyncChange(change);
        }

        if (feed.Checkpoint is { } completed && !completed.Equals(last) && !completed.Equals(since))
        {
            yield return SyncSourceChange.CheckpointOnly(completed.ToString());
        }
    }

    private static SyncSourceChange ToSyncChange(ContactChange change)
    {
        var gone = change.Kind is ContactChangeKind.Deleted or ContactChangeKind.Merged;
        return new SyncSourceChange(change.ContactId, gone, gone ? null : change.Contact, change.Checkpoint?.ToString());
    }
}
