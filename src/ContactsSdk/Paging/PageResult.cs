namespace ContactsSdk.Paging;

/// <summary>What one vendor list request returned, in the pager's terms.</summary>
/// <param name="Items">The items, in vendor order.</param>
/// <param name="NextPosition">Where the next request starts (an offset or a key), or null when this was the last page.</param>
/// <param name="Total">The vendor's total count, where reported.</param>
internal sealed record PageResult<T>(IReadOnlyList<T> Items, string? NextPosition, long? Total);
