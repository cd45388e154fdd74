namespace ContactsSdk.Internal;

/// <summary>
/// One async lock per key for the whole process, so every client of the same account shares it however many containers
/// build clients. An entry lives only while someone holds or waits for it, so memory is bounded by the writes in flight.
/// </summary>
internal sealed class InProcessContactWriteLocks : IContactWriteLockProvider
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Gets the instance every client in the process shares.</summary>
    public static InProcessContactWriteLocks Shared { get; } = new();

    /// <summary>Gets how many keys are held or awaited right now (for tests of the clean-up).</summary>
    public int ActiveKeys
    {
        get
        {
            lock (_sync)
            {
                return _entries.Count;
            }
        }
    }

    public async ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var entry = Enter(key);
        try
        {
            await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(key, entry);
            throw;
        }

        return new Holder(this, key, entry);
    }

    private Entry Enter(string key)
    {
        lock (_sync)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new Entry();
                _entries[key] = entry;
            }

            entry.Users++;
            return entry;
        }
    }

    private void Leave(string key, Entry entry)
    {
        lock (_sync)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(key);
                entry.Gate.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Holder(InProcessContactWriteLocks owner, string key, Entry entry) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                entry.Gate.Release();
                owner.Leave(key, entry);
            }

            return ValueTask.CompletedTask;
        }
    }
}
