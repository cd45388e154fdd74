using ContactsSdk.Diagnostics;

namespace ContactsSdk.Paging;

/// <summary>What a <see cref="Pager{T}"/> needs to know about a listing besides how to fetch a page.</summary>
/// <param name="Vendor">The vendor, written into tokens.</param>
/// <param name="Scope">The fingerprint of the query (see <see cref="ListingScope"/>).</param>
/// <param name="DefaultPageSize">The page size when the caller gives no hint.</param>
/// <param name="MaxPageSize">The vendor's largest page.</param>
/// <param name="MaxItems">The most items to yield, or null.</param>
/// <param name="PositionAfterItems">
/// Given a page's start position and a count of its items, the position just after them; null when positions are keys
/// that cannot resume mid-page (then a bounded last page resumes after the whole page).
/// </param>
internal sealed record PagerSettings(
    ContactsVendor Vendor,
    string Scope,
    int DefaultPageSize,
    int MaxPageSize,
    int? MaxItems,
    Func<string?, int, string>? PositionAfterItems)
{
    /// <summary>Settings for a contact listing: the query's own page size hint and item bound apply.</summary>
    public static PagerSettings ForContacts(
        ContactsVendor vendor, ContactQuery query, int defaultPageSize, int maxPageSize, Func<string?, int, string>? positionAfterItems)
        => new(vendor, ListingScope.ForContacts(query), query.PageSizeHint ?? defaultPageSize, maxPageSize, query.MaxItems, positionAfterItems)
        {
            Operation = ContactsOperations.List,
        };

    /// <summary>
    /// Gets the public operation (one of <see cref="ContactsOperations"/>) each page request is observed under: one span and
    /// one metric record per page fetched.
    /// </summary>
    public required string Operation { get; init; }

    /// <summary>
    /// Gets whether a position from a continuation token is one this listing could have written, so that a forged or
    /// damaged token is refused at <c>AsPages</c>, before any request.
    /// </summary>
    /// <value>Defaults to offsets (<see cref="OffsetPositions.IsValid"/>).</value>
    public Func<string, bool> IsValidPosition { get; init; } = OffsetPositions.IsValid;

    public int ResolvePageSize(int? pageSizeHint)
    {
        if (pageSizeHint is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSizeHint), pageSizeHint, "The page size hint must be at least 1.");
        }

        return Math.Min(pageSizeHint ?? DefaultPageSize, MaxPageSize);
    }
}
