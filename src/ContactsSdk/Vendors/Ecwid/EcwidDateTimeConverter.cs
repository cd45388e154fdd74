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

    // Longer than any date in either format, with room for spaces around it; longer values go the string way.
    private const int MaxStackChars = 64;

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Every customer carries several dates, so the common case parses on the stack; the string is made only to report a bad one.
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (reader.TokenType == JsonTokenType.String && length <= MaxStackChars)
        {
            Span<char> buffer = stackalloc char[MaxStackChars];
            var written = reader.CopyString(buffer);
            if (TryParse(buffer[..written], out var parsed))
            {
                return parsed;
            }
        }

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
        return text is not null && TryParse(text.AsSpan(), out value);
    }

    private static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        value = default;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        // "+0400" → "+04:00": .NET's zzz wants the colon Ecwid leaves out.
        if (trimmed.Length > 5 && trimmed[^5] is '+' or '-' && !trimmed[^4..].ContainsAnyExceptInRange('0', '9') && trimmed.Length < MaxStackChars)
        {
            Span<char> withColon = stackalloc char[MaxStackChars];
            trimmed[..^2].CopyTo(withColon);
            withColon[trimmed.Length - 2] = ':';
            trimmed[^2..].CopyTo(withColon[(trimmed.Length - 1)..]);
            return DateTimeOffset.TryParseExact(
                withColon[..(trimmed.Length + 1)], Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
        }

        return DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }
}
