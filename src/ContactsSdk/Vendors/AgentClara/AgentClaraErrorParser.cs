using System.Text.Json;
using ContactsSdk.Errors;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>Reads AgentClara error bodies: <c>{"success": false, "error": "…", "code": "…", "param": "…"}</c>.</summary>
internal sealed class AgentClaraErrorParser : IVendorErrorParser
{
    /// <summary>[PROP] AgentClara documents no request-id header; this is the conventional one, which the fake sends.</summary>
    public const string RequestIdHeader = "X-Request-Id";

    public static AgentClaraErrorParser Instance { get; } = new();

    public IReadOnlyList<string> RequestIdHeaders { get; } = [RequestIdHeader];

    public VendorError Parse(int statusCode, string? body)
    {
        var parsed = TryRead(body);
        if (parsed is null)
        {
            return new VendorError(null, null);
        }

        return new VendorError(parsed.Error, parsed.Code)
        {
            Violations = parsed.Param is null ? [] : [new FieldViolation(parsed.Param, parsed.Error ?? "invalid", parsed.Code)],
        };
    }

    private static Models.AgentClaraErrorBody? TryRead(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, AgentClaraJsonContext.Default.AgentClaraErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
