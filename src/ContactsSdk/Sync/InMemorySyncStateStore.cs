using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ContactsSdk.Sync;

/// <summary>
/// An <see cref="ISyncStateStore"/> that keeps everything in the process: for tests and one-off runs. State is lost when the
/// process ends; use <see cref="JsonFileSyncStateStore"/> (or a distributed store) to resume across processes.
/// </summary>
public sealed class InMemorySyncStateStore : ISyncStateStore
{
    private readonly ConcurrentDictionary<string, SyncLink> _links = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _failed = new(StringComparer.Ordinal);
    private volatile string? _checkpoint;

    /// <summary>Gets how many links the store holds.</summary>
    public int LinkCount => _links.Count;

    internal int FailedCount => _failed.Count;

    internal IEnumerable<SyncLink> Links => _links.Values;

    internal IEnumerable<string> Failed => _failed.Keys;

    internal string? Checkpoint => _checkpoint;

    /// <inheritdoc/>
    public Task<SyncLink?> GetLinkAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        return Task.FromResult(_links.TryGetValue(sourceId, out var link) ? link : null);
    }

    /// <inheritdoc/>
    public Task SaveLinkAsync(SyncLink link, CancellationToken cancellationToken = default)
    {
        SyncStateChecks.Link(link);
        _links[link.SourceId] = link;
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task RemoveLinkAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        _links.TryRemove(sourceId, out _);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<SyncLink> ListLinksAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var link in _links.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return link;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<string?> GetCheckpointAsync(CancellationToken cancellationToken = default) => Task.FromResult(_checkpoint);

    /// <inheritdoc/>
    public Task SaveCheckpointAsync(string checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        _checkpoint = checkpoint;
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyCollection<string>> GetFailedAsync(CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyCollection<string>>([.. _failed.Keys]);

    /// <inheritdoc/>
    public Task MarkFailedAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        _failed[sourceId] = 0;
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task ClearFailedAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        _failed.TryRemove(sourceId, out _);
        return Task.CompletedTask;
    }
}
