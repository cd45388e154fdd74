namespace ContactsSdk.Paging;

/// <summary>Represents one page of a listing.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of the page; may be empty even when more pages follow.</param>
/// <param name="ContinuationToken">
/// An opaque token that resumes the listing after this page, on any machine, or <see langword="null"/> on the last page.
/// </param>
/// <param name="Total">The vendor's count of all matching items, where it reports one; do not use it to stop paging.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken, long? Total = null);
