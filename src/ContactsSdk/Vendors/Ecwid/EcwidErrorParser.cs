using System.Text.Json;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>Reads Ecwid error bodies: <c>{"errorMessage": "…", "errorCode": "…"}</c>, either optional, the body possibly empty (§7).</summary>
internal sealed class EcwidErrorParser : IVendorErrorParser
{
    public static EcwidErrorParser Instance { get; } = new();

    /// <summary>Ecwid documents no request-id header (its own client's <c>X-Ecwid-Api-Request-Id</c> is client-side only).</summary>
    public IReadOnlyList<string> RequestIdHeaders { get; } = [];

    public VendorError Parse(int statusCode, string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new VendorError(null, null);
        }

        try
        {
            var parsed = JsonSerializer.Deserialize(body, EcwidJsonContext.Default.EcwidErrorBody);
            return new VendorError(parsed?.ErrorMessage, parsed?.ErrorCode);
        }
        catch (JsonException)
        {
            return new VendorError(null, null);
        }
    }
}
