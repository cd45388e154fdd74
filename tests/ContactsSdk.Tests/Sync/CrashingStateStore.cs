using ContactsSdk.Sync;

namespace ContactsSdk.Tests.Sync;

/// <summary>A state store that "crashes" (throws <see cref="IOException"/>) on its Nth link save, as a process dying between
/// a target write and the save of its link would; everything before stays saved in the inner store.</summary>
public sealed class CrashingStateStore(ISyncStateStore inner, int crashOnLinkNumber) : ISyncStateStore
{
    private int _saves;

    public Task<SyncLink?> GetLinkAsync(string sourceId, CancellationToken cancellationToken = default) => inner.GetLinkAsync(sourceId, cancellationToken);

    public Task SaveLinkAsync(SyncLink link, CancellationToken cancellationToken = default)
        => Interlocked.Increment(ref _saves) == crashOnLinkNumber
            ? throw new IOException("simulated crash")
            : inner.SaveLinkAsync(link, cancellationToken);

    public Task RemoveLinkAsync(string sourceId, CancellationToken cancellationToken = default) => inner.RemoveLinkAsync(sourceId, cancellationToken);

    public IAsyncEnumerable<SyncLink> ListLinksAsync(CancellationToken cancellationToken = default) => inner.ListLinksAsync(cancellationToken);

    public Task<string?> GetCheckpointAsync(CancellationToken cancellationToken = default) => inner.GetCheckpointAsync(cancellationToken);

    public Task SaveCheckpointAsync(string checkpoint, CancellationToken cancellationToken = default) => inner.SaveCheckpointAsync(checkpoint, cancellationToken);

    public Task<IReadOnlyCollection<string>> GetFailedAsync(CancellationToken cancellationToken = default) => inner.GetFailedAsync(cancellationToken);

    public Task MarkFailedAsync(string sourceId, CancellationToken cancellationToken = default) => inner.MarkFailedAsync(sourceId, cancellationToken);

    public Task ClearFailedAsync(string sourceId, CancellationToken cancellationToken = default) => inner.ClearFailedAsync(sourceId, cancellationToken);
}
