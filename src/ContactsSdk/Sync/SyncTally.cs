using System.Collections.Concurrent;

namespace ContactsSdk.Sync;

/// <summary>The thread-safe counters and bounded report of one sync run.</summary>
internal sealed class SyncTally(int maxItems)
{
    private readonly ConcurrentQueue<SyncItem> _items = new();
    private int _created, _updated, _unchanged, _skipped, _deleted, _failed, _writes, _done, _reported, _truncated;

    /// <summary>Counts one handled contact and returns how many are done and failed so far.</summary>
    public (int Done, int Errors) Add(SyncItem item, int writes)
    {
        Interlocked.Add(ref _writes, writes);
        _ = item.Action switch
        {
            SyncItemAction.Create => Interlocked.Increment(ref _created),
            SyncItemAction.Update => Interlocked.Increment(ref _updated),
            SyncItemAction.Unchanged => Interlocked.Increment(ref _unchanged),
            SyncItemAction.Skip => Interlocked.Increment(ref _skipped),
            SyncItemAction.Fail => Interlocked.Increment(ref _failed),
            _ => Interlocked.Increment(ref _deleted),
        };
        if (item.Action != SyncItemAction.Unchanged)
        {
            if (Interlocked.Increment(ref _reported) <= maxItems)
            {
                _items.Enqueue(item);
            }
            else
            {
                Volatile.Write(ref _truncated, 1);
            }
        }

        return (Interlocked.Increment(ref _done), Volatile.Read(ref _failed));
    }

    public ContactsSyncResult ToResult(ContactsSyncMode mode, bool dryRun, string? checkpoint, TimeSpan elapsed) => new()
    {
        IsDryRun = dryRun,
        Mode = mode,
        Created = _created,
        Updated = _updated,
        Unchanged = _unchanged,
        Skipped = _skipped,
        Deleted = _deleted,
        Failed = _failed,
        Writes = _writes,
        Items = [.. _items],
        ItemsTruncated = _truncated == 1,
        Checkpoint = checkpoint,
        Elapsed = elapsed,
    };
}
