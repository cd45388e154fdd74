namespace ContactsSdk.Paging;

/// <summary>A pageable of any item whose pages come from a <see cref="Pager{T}"/>.</summary>
internal sealed class DelegatingPageable<T>(Pager<T> pager, CancellationToken listCancellation) : ContactsPageable<T>
{
    public override IAsyncEnumerable<ContactsPage<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        => PagerEnumeration.Start(pager, continuationToken, pageSizeHint, listCancellation);
}
