namespace ContactsSdk.Paging;

/// <summary>What one request of an offset listing returned, before the pager turns it into a position.</summary>
/// <param name="Items">The items, in vendor order.</param>
/// <param name="Total">The vendor's count of all matching items, where reported: it can end a listing, never continue one.</param>
/// <param name="HasMore">The vendor's own "more pages follow" flag, where it has one.</param>
internal sealed record OffsetPage<T>(IReadOnlyList<T> Items, long? Total, bool? HasMore = null);
