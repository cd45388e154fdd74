using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Validates request fields and query values against the proposed contract (§2.3), answering 400 with <c>param</c>.
/// </summary>
internal static partial class AgentClaraRules
{
    /// <summary>The channels a conversation may use.</summary>
    public static readonly IReadOnlySet<string> Channels =
        new HashSet<string>(["sms", "email", "instagram", "facebook", "whatsapp", "voice"], StringComparer.Ordinal);

    /// <summary>The statuses a conversation may have.</summary>
    public static readonly IReadOnlySet<string> Statuses =
        new HashSet<string>(["open", "closed", "resolved"], StringComparer.Ordinal);

    /// <summary>The senders a message may have.</summary>
    public static readonly IReadOnlySet<string> Senders =
        new HashSet<string>(["customer", "assistant"], StringComparer.Ordinal);

    /// <summary>Reads a required, non-blank string and trims it.</summary>
    public static string RequireText(JsonNode? node, string param)
    {
        var text = ReadString(node, param)?.Trim();
        return string.IsNullOrEmpty(text) ? throw AgentClaraErrors.Invalid($"{param} is required", param) : text;
    }

    /// <summary>
    /// Reads a required name: trimmed, non-blank, without control characters, at most
    /// <see cref="AgentClaraFakeLimits.MaxNameLength"/> characters.
    /// </summary>
    public static string RequireName(JsonNode? node, string param) =>
        CheckName(RequireText(node, param), param);

    /// <summary>Reads an optional name under the rules of <see cref="RequireName"/>; blank gives <see langword="null"/>.</summary>
    public static string? ReadName(JsonNode? node, string param) =>
        ReadString(node, param)?.Trim() is { Length: > 0 } name ? CheckName(name, param) : null;

    /// <summary>Reads an optional string; JSON null or absence gives <see langword="null"/>.</summary>
    public static string? ReadString(JsonNode? node, string param)
    {
        if (node is null)
        {
            return null;
        }

        return node.GetValueKind() == JsonValueKind.String
            ? node.GetValue<string>()
            : throw AgentClaraErrors.Invalid($"{param} must be a string", param);
    }

    /// <summary>Reads an optional email address; JSON null clears it.</summary>
    public static string? ReadEmail(JsonNode? node, string param = "email")
    {
        var email = ReadString(node, param);
        return email is null || FakeEmailRule.IsValid(email)
            ? email
            : throw AgentClaraErrors.Invalid($"{param} must be a valid email address", param);
    }

    /// <summary>Reads an optional E.164 phone number; JSON null clears it.</summary>
    public static string? ReadPhone(JsonNode? node, string param = "phone")
    {
        var phone = ReadString(node, param);
        return phone is null || PhonePattern().IsMatch(phone)
            ? phone
            : throw AgentClaraErrors.Invalid($"{param} must be an E.164 phone number such as +15551234567", param);
    }

    /// <summary>Reads one of a fixed set of values, or <paramref name="fallback"/> when absent.</summary>
    public static string ReadChoice(JsonNode? node, string param, IReadOnlySet<string> allowed, string? fallback = null)
    {
        var value = ReadString(node, param) ?? fallback;
        return CheckChoice(value, param, allowed);
    }

    /// <summary>Checks that a value is one of a fixed set.</summary>
    public static string CheckChoice(string? value, string param, IReadOnlySet<string> allowed)
    {
        if (value is null)
        {
            throw AgentClaraErrors.Invalid($"{param} is required", param);
        }

        return allowed.Contains(value)
            ? value
            : throw AgentClaraErrors.Invalid($"{param} must be one of: {string.Join(", ", allowed)}", param);
    }

    /// <summary>Reads a tag array, removing case-insensitive duplicates and keeping the first spelling and order.</summary>
    public static IReadOnlyList<string> ReadTags(JsonNode? node, string param = "tags")
    {
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray array)
        {
            throw AgentClaraErrors.Invalid($"{param} must be an array of strings", param);
        }

        if (array.Count > AgentClaraFakeLimits.MaxTags)
        {
            throw AgentClaraErrors.Invalid($"{param} may hold at most {AgentClaraFakeLimits.MaxTags} tags", param);
        }

        return DistinctTags(array.Select(item => RequireTag(item, param)));
    }

    /// <summary>Removes case-insensitive duplicates, keeping the first spelling and the order.</summary>
    public static IReadOnlyList<string> DistinctTags(IEnumerable<string> tags) =>
        tags.Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Reads a flat custom-fields object; keys set to JSON null come back as <see langword="null"/> values.</summary>
    public static IReadOnlyDictionary<string, JsonNode?> ReadCustomFields(JsonNode? node)
    {
        if (node is null)
        {
            return new Dictionary<string, JsonNode?>();
        }

        if (node is not JsonObject json)
        {
            throw AgentClaraErrors.Invalid("custom_fields must be an object", "custom_fields");
        }

        var fields = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, value) in json)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                throw AgentClaraErrors.Invalid("custom_fields keys must not be blank", "custom_fields");
            }

            fields[key] = IsFlatValue(value)
                ? value?.DeepClone()
                : throw AgentClaraErrors.Invalid(
                    "custom_fields values must be strings, numbers, booleans or null",
                    "custom_fields");
        }

        return fields;
    }

    /// <summary>Applies a custom-fields patch: shallow merge, a null value removes the key.</summary>
    public static IReadOnlyDictionary<string, JsonNode> MergeCustomFields(
        IReadOnlyDictionary<string, JsonNode> current,
        IReadOnlyDictionary<string, JsonNode?> patch)
    {
        var merged = current.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        foreach (var (key, value) in patch)
        {
            if (value is null)
            {
                merged.Remove(key);
            }
            else
            {
                merged[key] = value;
            }
        }

        return merged;
    }

    /// <summary>Tells whether two custom-field sets hold the same keys and values.</summary>
    public static bool SameCustomFields(IReadOnlyDictionary<string, JsonNode> left, IReadOnlyDictionary<string, JsonNode> right) =>
        left.Count == right.Count
        && left.All(pair => right.TryGetValue(pair.Key, out var other) && JsonNode.DeepEquals(pair.Value, other));

    /// <summary>Reads <c>limit</c>: 1 to 100, <paramref name="fallback"/> when absent.</summary>
    public static int ReadLimit(FakeQuery query, int fallback)
    {
        var text = query.Get("limit");
        if (text is null)
        {
            return fallback;
        }

        return TryParseInt(text, out var limit) && limit is >= 1 and <= 100
            ? limit
            : throw AgentClaraErrors.Invalid("limit must be between 1 and 100", "limit");
    }

    /// <summary>Reads <c>offset</c>: 0 or more, 0 when absent.</summary>
    public static int ReadOffset(FakeQuery query)
    {
        var text = query.Get("offset");
        if (text is null)
        {
            return 0;
        }

        return TryParseInt(text, out var offset) && offset >= 0
            ? offset
            : throw AgentClaraErrors.Invalid("offset must be a non-negative integer", "offset");
    }

    private static string RequireTag(JsonNode? item, string param)
    {
        var tag = item is not null && item.GetValueKind() == JsonValueKind.String ? item.GetValue<string>() : null;
        if (string.IsNullOrWhiteSpace(tag))
        {
            throw AgentClaraErrors.Invalid($"{param} must be an array of non-blank strings", param);
        }

        return tag.Length > AgentClaraFakeLimits.MaxTagLength || HasControlCharacter(tag)
            ? throw AgentClaraErrors.Invalid(
                $"{param} must be at most {AgentClaraFakeLimits.MaxTagLength} characters, without control characters", param)
            : tag;
    }

    private static string CheckName(string name, string param) =>
        name.Length > AgentClaraFakeLimits.MaxNameLength || HasControlCharacter(name)
            ? throw AgentClaraErrors.Invalid(
                $"{param} must be at most {AgentClaraFakeLimits.MaxNameLength} characters, without control characters", param)
            : name;

    // NUL, CR, LF and the rest of the C0/C1 controls have no place in a name: they break logs, headers and CSV exports.
    private static bool HasControlCharacter(string text) => text.Any(char.IsControl);

    private static bool IsFlatValue(JsonNode? value) =>
        value is null || value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number
            or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null;

    private static bool TryParseInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}\z", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
