using System.Text.Json;
using ContactsSdk.Internal;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Vendors.Wix;

/// <summary>Reads Wix error bodies (§8): the application code and its data, or the validation error's field violations.</summary>
internal sealed class WixErrorParser : IVendorErrorParser
{
    private static readonly HashSet<string> ConflictCodes = new(StringComparer.Ordinal)
    {
        WixAssumptions.RevisionConflictCode, "DUPLICATE_CONTACT_EXISTS", "CONTACT_ID_ALREADY_EXISTS",
    };

    public static WixErrorParser Instance { get; } = new();

    public IReadOnlyList<string> RequestIdHeaders { get; } = [WixAssumptions.RequestIdHeader];

    public VendorError Parse(int statusCode, string? body)
    {
        var parsed = TryRead(body);
        if (parsed is null)
        {
            return new VendorError(null, null);
        }

        var application = parsed.Details?.ApplicationError;
        var code = application?.Code;
        return new VendorError(parsed.Message ?? application?.Description, code)
        {
            IsConflict = code is not null && ConflictCodes.Contains(code),
            DuplicateContactId = DuplicateIdOf(application?.Data),
            Violations = [.. (parsed.Details?.ValidationError?.FieldViolations ?? [])
                .Select(v => new FieldViolation(v.Field, v.Description ?? "invalid", v.RuleName ?? v.ViolatedRule))],
        };
    }

    private static string? DuplicateIdOf(JsonElement? data)
        => data is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("duplicateContactId", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private static WixErrorBody? TryRead(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, WixJsonContext.Default.WixErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
