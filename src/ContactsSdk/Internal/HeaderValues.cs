namespace ContactsSdk.Internal;

/// <summary>
/// What may go into an HTTP header as a credential or id: visible ASCII only. A carriage return or line feed would
/// start a header of the caller's choosing on the wire, and NUL, DEL, other control characters, spaces or non-ASCII
/// text make every call fail later as if the vendor were down.
/// </summary>
internal static class HeaderValues
{
    /// <summary>Gets whether <paramref name="value"/> is non-empty and only visible ASCII (<c>!</c> to <c>~</c>).</summary>
    public static bool IsSafe(string? value)
        => !string.IsNullOrEmpty(value) && value.All(c => c is > ' ' and < '\u007f');
}
