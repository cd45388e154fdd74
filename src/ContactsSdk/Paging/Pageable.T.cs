using System.Runtime.CompilerServices;

namespace ContactsSdk.Paging;

/// <summary>
/// Represents a lazy listing: iterating it requests page N+1 only when the caller moves past page N,
/// so memory stays proportional to one page however long the listing.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class Pageable<T> : IAsyncEnumerable<T>
{
    /// <summary>Initializes the pageable; for subclasses and test doubles.</summary>
    protected Pageable()
    {
    }

    /// <summary>Enumerates the listing page by page.</summary>
    /// <param name="continuationToken">A token from <see cref="Page{T}.ContinuationToken"/> to resume after, or <see langword="null"/> to start.</param>
    /// <param name="pageSizeHint">The preferred number of items per request; the vendor's maximum applies.</param>
    /// <returns>The pages, fetched lazily.</returns>
    /// <exception cref="ArgumentException">The token belongs to another vendor or another query, or is not a token at all.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSizeHint"/> is less than 1.</exception>
    public abstract IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null);

    /// <summary>Enumerates the items of every page in order.</summary>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>The enumerator.</returns>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }
}
