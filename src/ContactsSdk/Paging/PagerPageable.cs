namespace ContactsSdk.Paging;

/// <summary>The SDK's one pageable implementation: its pages come from a <see cref="Pager{T}"/>.</summary>
internal sealed class PagerPageable<T>(Pager<T> pager, CancellationToken listCancellation) : Pageable<T>
{
    public override IAsyncEnumerable<Page<T>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        => PagerEnumeration.Start(pager, continuationToken, pageSizeHint, listCancellation);
}
