using System.Globalization;

namespace ContactsSdk.Paging;

/// <summary>Positions for vendors that page by offset: the position is the offset as a string.</summary>
internal static class OffsetPositions
{
    public static int Parse(string? position)
        => position is null ? 0
            : TryParse(position, out var offset) ? offset
            : throw new ArgumentException("The continuation token holds no valid offset.", nameof(position));

    /// <summary>Gets whether a position is an offset: ASCII digits only, within <see cref="int"/>.</summary>
    public static bool IsValid(string position) => TryParse(position, out _);

    private static bool TryParse(string position, out int offset)
        => int.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out offset);

    /// <summary>
    /// The offset of the next page, or null when this page was the last: the vendor said so, or the page came back
    /// short or empty. Counts and totals alone are never trusted to continue.
    /// </summary>
    public static string? Next(int offset, int returned, int requested, bool? vendorHasMore)
    {
        if (returned == 0 || vendorHasMore == false || (vendorHasMore is null && returned < requested))
        {
            return null;
        }

        return Format(offset + returned);
    }

    /// <summary>
    /// Turns a vendor's <c>total</c> into a stop signal only: <see langword="false"/> when this page reaches it, else
    /// <see langword="null"/> (undecided), so a full last page ends the listing without one more, empty request, while a
    /// total that claims more never keeps a listing going past a short or empty page.
    /// </summary>
    public static bool? StopAtTotal(int offset, int returned, long? total)
        => total is { } all && offset + returned >= all ? false : null;

    public static string After(string? position, int count) => Format(Parse(position) + count);

    private static string Format(int offset) => offset.ToString(CultureInfo.InvariantCulture);
}
