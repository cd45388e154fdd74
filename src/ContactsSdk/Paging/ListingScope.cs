using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ContactsSdk.Paging;

/// <summary>
/// Fingerprints what a listing selects and in which order, so that a continuation token from one query
/// cannot silently resume another. Page size, item bounds and raw payloads are excluded: they change no position.
/// </summary>
internal static class ListingScope
{
    public static string ForContacts(ContactQuery query)
        => Fingerprint(
            "contacts",
            query.Search,
            query.Tag,
            query.Email,
            Format(query.UpdatedSince),
            Format(query.CreatedSince),
            query.SortBy.ToString(),
            query.Descending?.ToString(CultureInfo.InvariantCulture));

    public static string Fingerprint(params string?[] parts)
    {
        var canonical = string.Join('\u001f', parts.Select(part => part ?? "\u0000"));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        return Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }

    private static string? Format(DateTimeOffset? value)
        => value?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
