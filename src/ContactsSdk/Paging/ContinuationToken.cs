using System.Buffers.Text;
using System.Text.Json;

namespace ContactsSdk.Paging;

/// <summary>
/// The opaque, portable resume point of a listing: the vendor, a fingerprint of the query, and the vendor position.
/// Encoded as base64url JSON so it survives URLs and other machines.
/// </summary>
internal sealed record ContinuationToken(int Version, ContactsVendor Vendor, string Scope, string Position)
{
    public const int CurrentVersion = 1;

    public string Encode()
        => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this, PagingJsonContext.Default.ContinuationToken));

    /// <summary>Decodes a token and checks that it belongs to this vendor and query.</summary>
    /// <exception cref="ArgumentException">The token is malformed or belongs elsewhere.</exception>
    public static ContinuationToken Decode(string token, ContactsVendor vendor, string scope, string paramName)
    {
        var decoded = TryDecode(token)
            ?? throw new ArgumentException("The continuation token is not a ContactsSdk continuation token.", paramName);
        if (decoded.Vendor != vendor)
        {
            throw new ArgumentException(
                $"The continuation token belongs to a {decoded.Vendor} listing and cannot resume a {vendor} listing.", paramName);
        }

        if (!string.Equals(decoded.Scope, scope, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                "The continuation token belongs to another query: resume with the same filters and order that produced it.", paramName);
        }

        return decoded;
    }

    private static ContinuationToken? TryDecode(string token)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(token);
            var decoded = JsonSerializer.Deserialize(bytes, PagingJsonContext.Default.ContinuationToken);
            return decoded is { Version: CurrentVersion, Position: not null, Scope: not null } ? decoded : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }
}
