namespace ContactsSdk.Paging;

/// <summary>
/// The one way to list by offset: a vendor supplies only the request for <c>size</c> items at <c>offset</c>; positions,
/// the end of the listing, continuation tokens, item bounds and repeat-dropping come from <see cref="Pager{T}"/>.
/// </summary>
internal static class OffsetListing
{
    /// <summary>Settings for an offset listing that has no query-level page size or item bound.</summary>
    public static PagerSettings Settings(ContactsVendor vendor, string operation, string scope, int defaultPageSize, int maxPageSize)
        => new(vendor, scope, defaultPageSize, maxPageSize, null, OffsetPositions.After)
        {
            Operation = operation,
        };

    /// <summary>Creates the lazy listing.</summary>
    public static Pageable<T> Create<T>(
        PagerSettings settings,
        Func<int, int, CancellationToken, Task<OffsetPage<T>>> fetchAt,
        Func<T, string> idOf,
        CancellationToken cancellationToken)
        => new PagerPageable<T>(new Pager<T>(settings, Fetcher(fetchAt), idOf), cancellationToken);

    /// <summary>
    /// Turns an offset request into a page fetch. The listing ends when the vendor says so, when a page comes back short
    /// or empty, or when a page reaches the vendor's total.
    /// </summary>
    public static PageFetcher<T> Fetcher<T>(Func<int, int, CancellationToken, Task<OffsetPage<T>>> fetchAt)
        => async (position, size, cancellationToken) =>
        {
            var offset = OffsetPositions.Parse(position);
            var page = await fetchAt(offset, size, cancellationToken).ConfigureAwait(false);
            var count = page.Items.Count;
            var hasMore = page.HasMore ?? OffsetPositions.StopAtTotal(offset, count, page.Total);
            return new PageResult<T>(page.Items, OffsetPositions.Next(offset, count, size, hasMore), page.Total);
        };
}
