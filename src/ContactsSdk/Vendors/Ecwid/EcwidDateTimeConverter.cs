using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>
/// Reads and writes Ecwid's <c>yyyy-MM-dd HH:mm:ss Z</c> dates, e.g. <c>2024-06-04 21:15:10 +0000</c> (§2). Any offset
/// is read, with or without a colon; values are written in UTC as <c>+0000</c>.
/// </summary>
internal sealed class EcwidDateTimeConverter : JsonConverter<DateTimeOffset>
{
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss"];

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return TryParse(text, out var value) ? value : throw new JsonException($"'{text}' is not an Ecwid date (yyyy-MM-dd HH:mm:ss Z).");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    public static string Format(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " +0000";

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();

        // "+0400" → "+04:00": .NET's zzz wants the colon Ecwid leaves out.
        if (trimmed.Length > 5 && trimmed[^5] is '+' or '-' && trimmed[^4..].All(char.IsAsciiDigit))
        {
            trimmed = $"{trimmed[..^2]}:{trimmed[^2..]}";
        }

        return DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
