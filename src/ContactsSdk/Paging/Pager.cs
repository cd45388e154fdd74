using System.Runtime.CompilerServices;
using ContactsSdk.Diagnostics;

namespace ContactsSdk.Paging;

/// <summary>
/// Drives a listing: turns tokens into positions, bounds the item count, and drops items that offset paging
/// repeats when the vendor's data shifts between pages. Vendors supply only the fetch of one page.
/// </summary>
/// <remarks>
/// Only the ids of the previous page are remembered, so memory stays proportional to one page; a shift larger
/// than a page is what key-based positions (Wix, Ecwid) exist for.
/// </remarks>
internal sealed class Pager<T>(PagerSettings settings, PageFetcher<T> fetch, Func<T, string> idOf)
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> now for a token that belongs elsewhere or holds a position this listing
    /// never writes, and <see cref="ArgumentOutOfRangeException"/> for a page size below 1.
    /// </summary>
    public void Validate(string? continuationToken, int? pageSizeHint)
    {
        settings.ResolvePageSize(pageSizeHint);
        if (continuationToken is not null)
        {
            var position = ContinuationToken.Decode(continuationToken, settings.Vendor, settings.Scope, nameof(continuationToken)).Position;
            if (!settings.IsValidPosition(position))
            {
                throw new ArgumentException(
                    "The continuation token holds a position this listing never writes: it was altered or damaged.", nameof(continuationToken));
            }
        }
    }

    public async IAsyncEnumerable<Page<T>> EnumerateAsync(
        string? continuationToken,
        int? pageSizeHint,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var position = continuationToken is null
            ? null
            : ContinuationToken.Decode(continuationToken, settings.Vendor, settings.Scope, nameof(continuationToken)).Position;
        var pageSize = settings.ResolvePageSize(pageSizeHint);
        var remaining = settings.MaxItems ?? int.MaxValue;
        var previousIds = new HashSet<string>(StringComparer.Ordinal);
        var first = true;

        while (remaining > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Never ask for more than the bound still allows: the vendor sends less and the quota lasts longer.
            var size = Math.Min(pageSize, remaining);
            var result = await ContactsTelemetry.ObserveAsync(
                settings.Vendor, settings.Operation, ct => fetch(position, size, ct), cancellationToken).ConfigureAwait(false);
            var fresh = FreshItems(result.Items, previousIds);
            var taken = fresh.Count > remaining ? fresh.GetRange(0, remaining) : fresh;
            remaining -= taken.Count;

            var next = NextPositionAfter(result, fresh.Count, taken.Count, position);
            if (next is null && taken.Count == 0 && !first)
            {
                // A vendor that cannot tell a full last page from a middle one answers the next request empty: that is
                // the end of the listing, not a page.
                yield break;
            }

            yield return new Page<T>(taken, next is null ? null : Tokenize(next), result.Total);
            first = false;

            if (next is null)
            {
                yield break;
            }

            // Reused, not rebuilt: one page's ids at a time.
            previousIds.Clear();
            foreach (var item in result.Items)
            {
                previousIds.Add(idOf(item));
            }

            position = next;
        }
    }

    private List<T> FreshItems(IReadOnlyList<T> items, HashSet<string> previousIds)
    {
        var fresh = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (previousIds.Count == 0 || !previousIds.Contains(idOf(item)))
            {
                fresh.Add(item);
            }
        }

        return fresh;
    }

    // When the item bound cuts a page short, the caller resumes from the first item it did not get.
    private string? NextPositionAfter(PageResult<T> result, int freshCount, int takenCount, string? position)
    {
        if (takenCount == freshCount || settings.PositionAfterItems is null)
        {
            return result.NextPosition;
        }

        return settings.PositionAfterItems(position, result.Items.Count - (freshCount - takenCount));
    }

    private string Tokenize(string position)
        => new ContinuationToken(ContinuationToken.CurrentVersion, settings.Vendor, settings.Scope, position).Encode();
}
