namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Records answered requests and lists them in arrival order, even when a slow request finishes last.
/// </summary>
internal sealed class RequestJournal
{
    private readonly Lock _lock = new();
    private readonly List<(long Sequence, FakeRequest Entry)> _entries = [];
    private long _lastSequence;

    /// <summary>Takes the arrival number of a request that has just come in.</summary>
    public long Reserve() => Interlocked.Increment(ref _lastSequence);

    /// <summary>Records a finished request under its arrival number.</summary>
    public void Record(long sequence, FakeRequest entry)
    {
        lock (_lock)
        {
            _entries.Add((sequence, entry));
        }
    }

    /// <summary>Copies the recorded requests in arrival order.</summary>
    public IReadOnlyList<FakeRequest> Snapshot()
    {
        lock (_lock)
        {
            return _entries.OrderBy(entry => entry.Sequence).Select(entry => entry.Entry).ToArray();
        }
    }

    /// <summary>Forgets every recorded request.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
        }
    }
}
