namespace ContactsSdk.Paging;

/// <summary>A contact pageable whose pages come from a <see cref="Pager{T}"/>.</summary>
internal sealed class DelegatingContactsPageable(Pager<Contact> pager, CancellationToken listCancellation) : ContactsPageable
{
    public override IAsyncEnumerable<ContactsPage<Contact>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        => PagerEnumeration.Start(pager, continuationToken, pageSizeHint, listCancellation);
}
