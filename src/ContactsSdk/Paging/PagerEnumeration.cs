using System.Runtime.CompilerServices;

namespace ContactsSdk.Paging;

/// <summary>
/// Starts a pager enumeration: validates the arguments eagerly (so a bad token fails at <c>AsPages</c>, not at the
/// first <c>MoveNextAsync</c>) and joins the listing's token with the enumerator's.
/// </summary>
internal static class PagerEnumeration
{
    public static IAsyncEnumerable<Page<T>> Start<T>(
        Pager<T> pager, string? continuationToken, int? pageSizeHint, CancellationToken listCancellation)
    {
        pager.Validate(continuationToken, pageSizeHint);
        return Enumerate(pager, continuationToken, pageSizeHint, listCancellation, CancellationToken.None);
    }

    private static async IAsyncEnumerable<Page<T>> Enumerate<T>(
        Pager<T> pager,
        string? continuationToken,
        int? pageSizeHint,
        CancellationToken listCancellation,
        [EnumeratorCancellation] CancellationToken enumeratorCancellation)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(listCancellation, enumeratorCancellation);
        await foreach (var page in pager.EnumerateAsync(continuationToken, pageSizeHint, linked.Token).ConfigureAwait(false))
        {
            yield return page;
        }
    }
}
