using System.Globalization;
using System.Text.Json;

namespace ContactsSdk.Webhooks;

/// <summary>Small, forgiving readers for vendor webhook JSON: a wrong type reads as absent, never as an exception.</summary>
internal static class WebhookJson
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Parses a raw body as a JSON document, skipping a UTF-8 byte-order mark (which the JSON reader refuses).</summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public static JsonElement ParseBody(ReadOnlySpan<byte> body)
    {
        var json = body.StartsWith(Utf8Bom) ? body[Utf8Bom.Length..] : body;
        using var document = JsonDocument.Parse(json.ToArray());
        return document.RootElement.Clone();
    }

    /// <summary>Reads a string property; <see langword="null"/> when absent or not a string.</summary>
    public static string? String(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>Reads a string or number property as invariant text (ids that are numbers on one event and strings on another).</summary>
    public static string? Scalar(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    /// <summary>Reads an ISO-8601 time property; <see langword="null"/> when absent or unreadable.</summary>
    public static DateTimeOffset? Time(JsonElement element, string name)
        => String(element, name) is { } text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;

    /// <summary>
    /// Reads a property that is either a JSON object or a string holding JSON (Wix's <c>entity</c> / <c>entityAsJson</c>
    /// spellings), trying each name in order; <see langword="null"/> when none is present.
    /// </summary>
    /// <exception cref="JsonException">A string value does not hold JSON.</exception>
    public static JsonElement? Nested(JsonElement element, params string[] names)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in names)
        {
            if (!element.TryGetProperty(name, out var value))
            {
                continue;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    return value;
                case JsonValueKind.String:
                    using (var document = JsonDocument.Parse(value.GetString()!))
                    {
                        return document.RootElement.Clone();
                    }
            }
        }

        return null;
    }
}
