using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Ecwid;

/// <summary>Reads and checks request values the way the fake's Ecwid does, answering 400 <c>WRONG_PARAMETER</c>.</summary>
internal static class EcwidFakeRules
{
    /// <summary>The documented contact types (spec §3.4).</summary>
    public static readonly IReadOnlySet<string> ContactTypes = new HashSet<string>(
        ["EMAIL", "PHONE", "FACEBOOK", "INSTAGRAM", "TWITTER", "YOUTUBE", "TIKTOK", "PINTEREST", "VK", "FB_MESSENGER", "WHATSAPP", "TELEGRAM", "VIBER", "URL", "OTHER"],
        StringComparer.Ordinal);

    private static readonly string[] DateFormats = ["yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    public static string? ReadString(JsonNode? node, string param) =>
        node is null ? null
            : node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>()
            : throw EcwidErrors.WrongParameter($"Field '{param}' must be a string", param);

    public static string RequireText(JsonNode? node, string param)
    {
        var text = ReadString(node, param);
        return string.IsNullOrWhiteSpace(text) ? throw EcwidErrors.WrongParameter($"Field '{param}' is required", param) : text;
    }

    public static bool? ReadBool(JsonNode? node, string param) =>
        node is null ? null
            : node.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? node.GetValue<bool>()
            : throw EcwidErrors.WrongParameter($"Field '{param}' must be a boolean", param);

    public static long? ReadLong(JsonNode? node, string param)
    {
        if (node is null)
        {
            return null;
        }

        return node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<long>(out var value)
            ? value
            : throw EcwidErrors.WrongParameter($"Field '{param}' must be an integer", param);
    }

    public static int? ReadOrderBy(JsonNode? node)
    {
        var value = ReadLong(node, "orderBy");
        return value is null ? null
            : value is >= 0 and <= int.MaxValue ? (int)value
            : throw EcwidErrors.WrongParameter("Field 'orderBy' must be zero or more", "orderBy");
    }

    public static string ReadContactType(JsonNode? node, EcwidStore store)
    {
        var type = RequireText(node, "type");
        return store.IsContactType(type)
            ? type
            : throw EcwidErrors.WrongParameter($"Wrong contact type '{type}'. One of: {string.Join(", ", ContactTypes)}", "type");
    }

    public static string ReadEmail(JsonNode? node)
    {
        var email = RequireText(node, "email").Trim();
        return FakeEmailRule.IsValid(email) ? email : throw EcwidErrors.WrongParameter("Field 'email' is not a valid email", "email");
    }

    public static int ReadInt(FakeQuery query, string name, int fallback, int min)
    {
        var text = query.Get(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min
            ? value
            : throw EcwidErrors.WrongParameter($"Wrong parameter '{name}' value: {text}", name);
    }

    public static decimal? ReadDecimal(FakeQuery query, string name)
    {
        var text = query.Get(name);
        return text is null ? null
            : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value
            : throw EcwidErrors.WrongParameter($"Wrong parameter '{name}' value: {text}", name);
    }

    public static bool? ReadBool(FakeQuery query, string name)
    {
        var text = query.Get(name);
        return text switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => throw EcwidErrors.WrongParameter($"Wrong parameter '{name}' value: {text}", name),
        };
    }

    /// <summary>Reads a query date in any of the four forms of spec §2: UNIX seconds, with or without a zone, or a bare date (UTC).</summary>
    public static DateTimeOffset? ReadDate(FakeQuery query, string name)
    {
        var text = query.Get(name);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        var normalized = NormalizeOffset(text.Trim());
        return DateTimeOffset.TryParseExact(normalized, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw EcwidErrors.WrongParameter($"Wrong parameter '{name}' value: {text}", name);
    }

    public static IReadOnlySet<long>? ReadIds(FakeQuery query, params string[] names)
    {
        var text = names.Select(query.Get).FirstOrDefault(value => value is not null);
        if (text is null)
        {
            return null;
        }

        var ids = new HashSet<long>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            ids.Add(long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id
                : throw EcwidErrors.WrongParameter($"Wrong parameter '{names[0]}' value: {text}", names[0]));
        }

        return ids;
    }

    public static long ParseId(string text, string what) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw EcwidErrors.WrongParameter($"Wrong {what} id: {text}", what);

    // "+0400" → "+04:00", so the standard zzz pattern reads Ecwid's colon-less offsets.
    private static string NormalizeOffset(string text) =>
        text.Length > 5 && text[^5] is '+' or '-' && text[^4..].All(char.IsAsciiDigit)
            ? $"{text[..^2]}:{text[^2..]}"
            : text;
}
