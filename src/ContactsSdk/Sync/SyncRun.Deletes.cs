using ContactsSdk.Errors;

namespace ContactsSdk.Sync;

/// <summary>The deletes of a sync run: source contacts that vanished or were reported deleted, ignored, tagged or deleted on the target.</summary>
internal sealed partial class SyncRun
{
    // A full run has seen every source contact: a link whose source id it did not see belongs to a deleted contact.
    private async Task HandleVanishedAsync(CancellationToken cancellationToken)
    {
        if (_sync.Options.DeletedInSource == SyncDeleteBehavior.Ignore)
        {
            return;
        }

        var vanished = new List<string>();
        await foreach (var link in Store.ListLinksAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!_seen.ContainsKey(link.SourceId))
            {
                vanished.Add(link.SourceId);
            }
        }

        foreach (var sourceId in vanished)
        {
            await HandleDeletedAsync(sourceId, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task HandleDeletedAsync(string sourceId, CancellationToken cancellationToken)
    {
        var behavior = _sync.Options.DeletedInSource;
        var link = await Store.GetLinkAsync(sourceId, cancellationToken).ConfigureAwait(false);
        if (behavior == SyncDeleteBehavior.Ignore || link is null || link.Fingerprint == DeletedFingerprint)
        {
            await ClearFailureAsync(sourceId, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (behavior == SyncDeleteBehavior.Tag && !Target.Capabilities.SupportsTags)
        {
            Record(new SyncItem(sourceId, link.TargetId, SyncItemAction.Skip, $"deleted in the source; {Target.Vendor} holds no tags to mark it", []), 0);
            return;
        }

        var action = behavior == SyncDeleteBehavior.Tag ? SyncItemAction.Tag : SyncItemAction.Delete;
        var outcome = await GuardAsync(sourceId, ct => ApplyDeleteAsync(link, action, ct), cancellationToken).ConfigureAwait(false);
        if (!outcome.Failed)
        {
            Record(new SyncItem(sourceId, link.TargetId, action, "deleted in the source", []), outcome.Value);
            await ClearFailureAsync(sourceId, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<int> ApplyDeleteAsync(SyncLink link, SyncItemAction action, CancellationToken cancellationToken)
    {
        if (_dryRun)
        {
            return 0;
        }

        try
        {
            if (action == SyncItemAction.Tag)
            {
                await Target.AddTagsAsync(link.TargetId, [_sync.Options.DeletedTag.Trim()], cancellationToken).ConfigureAwait(false);
                await Store.SaveLinkAsync(link with { Fingerprint = DeletedFingerprint }, cancellationToken).ConfigureAwait(false);
                return 1;
            }

            await Target.DeleteAsync(link.TargetId, cancellationToken).ConfigureAwait(false);
        }
        catch (ContactNotFoundException)
        {
            // Already gone on the target: nothing left to mark or delete.
        }

        await Store.RemoveLinkAsync(link.SourceId, cancellationToken).ConfigureAwait(false);
        return action == SyncItemAction.Delete ? 1 : 0;
    }
}
