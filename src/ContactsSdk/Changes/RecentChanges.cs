namespace ContactsSdk.Changes;

/// <summary>
/// Drops a change already yielded when a page re-reads it (a re-query from the last key, a page overlap): remembers the
/// (id, changed-at) pairs of the last few hundred changes only, so memory stays bounded however long the feed is.
/// </summary>
internal sealed class RecentChanges
{
    private const int Capacity = 2048;

    private readonly Queue<(string Id, DateTimeOffset? At, ContactChangeKind Kind)> _order = new();
    private readonly HashSet<(string Id, DateTimeOffset? At, ContactChangeKind Kind)> _seen = [];

    /// <summary>Records a change; false when the same change was recorded recently.</summary>
    public bool TryAdd(ContactChange change)
    {
        // Created and Updated are one event seen from two windows; a delete of the same id is another.
        var kind = change.Kind is ContactChangeKind.Created ? ContactChangeKind.Updated : change.Kind;
        var key = (change.ContactId, change.ChangedAt, kind);
        if (!_seen.Add(key))
        {
            return false;
        }

        _order.Enqueue(key);
        if (_order.Count > Capacity)
        {
            _seen.Remove(_order.Dequeue());
        }

        return true;
    }
}
