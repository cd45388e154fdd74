using System.Runtime.CompilerServices;

namespace ContactsSdk.Paging;

/// <summary>Yields pages given up front; behind <see cref="Pageable.FromPages{T}"/>.</summary>
internal sealed class FixedPageable<T>(IReadOnlyList<Page<T>> pages) : Pageable<T>
{
    public override IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        => Enumerate(CancellationToken.None);

    private async IAsyncEnumerable<Page<T>> Enumerate([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return page;
            await Task.Yield();
        }
    }
}
