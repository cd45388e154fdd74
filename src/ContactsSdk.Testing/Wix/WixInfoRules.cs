using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Wix;

/// <summary>
/// Validates and applies a contact's <c>info</c> (spec §3, §4.1, §4.3): item ids, primary flags, E.164, label and field
/// keys and the field data types. Update semantics follow the spec's recommendation [INF]: a present sub-object replaces
/// the stored one, <c>extendedFields.items</c> merges key by key (a null value removes the key), <c>labelKeys</c> is replaced.
/// </summary>
internal static partial class WixInfoRules
{
    private const int MaxItems = 50;

    private static readonly Dictionary<string, string[]> Tags = new(StringComparer.Ordinal)
    {
        ["emails"] = ["UNTAGGED", "MAIN", "HOME", "WORK"],
        ["phones"] = ["UNTAGGED", "MAIN", "HOME", "MOBILE", "WORK", "FAX"],
        ["addresses"] = ["UNTAGGED", "HOME", "WORK", "BILLING", "SHIPPING"],
    };

    private static readonly Dictionary<string, string> CallingCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "1", ["CA"] = "1", ["IL"] = "972", ["GB"] = "44", ["DE"] = "49", ["FR"] = "33", ["AU"] = "61",
        ["IN"] = "91", ["BR"] = "55", ["ES"] = "34", ["IT"] = "39", ["NL"] = "31",
    };

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex LocalDate();

    [GeneratedRegex(WixFakeDefaults.PhonePattern, RegexOptions.CultureInvariant)]
    private static partial Regex PhoneShape();

    public static JsonObject Apply(JsonObject? input, JsonObject current, WixStore store, string prefix = "info")
    {
        if (input is null)
        {
            throw WixErrors.Invalid(prefix, "is required");
        }

        var info = (JsonObject)current.DeepClone();
        foreach (var (name, value) in input)
        {
            var field = $"{prefix}.{name}";
            switch (name)
            {
                case "name":
                    info[name] = Name(value, field);
                    break;
                case "emails" or "phones" or "addresses":
                    info[name] = ItemList(name, value, current, field);
                    break;
                case "company" or "jobTitle" or "locale":
                    info[name] = Text(value, field, 1000);
                    break;
                case "birthdate":
                    info[name] = value is null ? null : Date(value, field);
                    break;
                case "labelKeys":
                    info[name] = LabelKeys(value, store, field);
                    break;
                case "extendedFields":
                    info[name] = ExtendedFields(value, info[name] as JsonObject, store, field);
                    break;
                case "picture" or "locations":
                    info[name] = value?.DeepClone();
                    break;
                default:
                    throw WixErrors.Invalid(field, "is not a ContactInfo field the fake emulates");
            }
        }

        return info;
    }

    public static void RequireNameEmailOrPhone(JsonObject info, string code)
    {
        var hasName = !string.IsNullOrWhiteSpace(info["name"]?["first"]?.GetValue<string>())
            || !string.IsNullOrWhiteSpace(info["name"]?["last"]?.GetValue<string>());
        if (!hasName && !WixJson.Items(info, "emails").Any() && !WixJson.Items(info, "phones").Any())
        {
            throw WixErrors.App(400, code, "Contact must have at least one of name, email or phone");
        }
    }

    /// <summary>The duplicate rule (§4.1): an email used by another contact; if the info has no email, a phone.</summary>
    public static WixFakeContact? FindDuplicate(WixStore store, JsonObject info, string? exceptId, out string? email, out string? phone)
    {
        email = null;
        phone = null;
        var emails = WixJson.Items(info, "emails").Select(item => item["email"]!.GetValue<string>()).ToList();
        var others = store.Contacts.Values.Where(contact => contact.Id != exceptId).ToList();
        if (emails.Count > 0)
        {
            foreach (var candidate in emails)
            {
                var found = others.FirstOrDefault(other => WixJson.Items(other.Info, "emails")
                    .Any(item => string.Equals(item["email"]?.GetValue<string>(), candidate, WixFakeDefaults.NameComparison)));
                if (found is not null)
                {
                    email = candidate;
                    return found;
                }
            }

            return null;
        }

        foreach (var candidate in WixJson.Items(info, "phones").Select(item => item["phone"]!.GetValue<string>()))
        {
            var found = others.FirstOrDefault(other => WixJson.Items(other.Info, "phones")
                .Any(item => item["phone"]?.GetValue<string>() == candidate));
            if (found is not null)
            {
                phone = candidate;
                return found;
            }
        }

        return null;
    }

    public static FakeApiException Duplicate(WixFakeContact existing, string? email, string? phone)
    {
        var data = new JsonObject { ["duplicateContactId"] = existing.Id };
        if (email is not null)
        {
            data["duplicateEmail"] = email;
        }

        if (phone is not null)
        {
            data["duplicatePhone"] = phone;
        }

        return WixErrors.App(409, "DUPLICATE_CONTACT_EXISTS", "Duplicate contact exists", data);
    }

    /// <summary>Checks one extended-field value against its definition; URLs get <c>https://</c> when they lack a protocol.</summary>
    public static JsonNode CheckFieldValue(WixFieldRecord definition, JsonNode value, string field)
    {
        var kind = value.GetValueKind();
        return definition.DataType switch
        {
            "NUMBER" when kind == System.Text.Json.JsonValueKind.Number => value.DeepClone(),
            "DATE" when kind == System.Text.Json.JsonValueKind.String && LocalDate().IsMatch(value.GetValue<string>()) => value.DeepClone(),
            "URL" when kind == System.Text.Json.JsonValueKind.String => WithProtocol(value.GetValue<string>()),
            "TEXT" when kind == System.Text.Json.JsonValueKind.String => value.DeepClone(),
            _ => throw WixErrors.App(400, "INVALID_EXTENDED_FIELD_VALUE", $"{field} must be a {definition.DataType} value"),
        };
    }

    private static JsonNode WithProtocol(string url)
        => url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url;

    private static JsonObject? Name(JsonNode? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        var input = value as JsonObject ?? throw WixErrors.Invalid(field, "must be an object");
        var name = new JsonObject();
        foreach (var part in new[] { "first", "last" })
        {
            if (Text(input[part], $"{field}.{part}", 1000) is { } text)
            {
                name[part] = text;
            }
        }

        return name;
    }

    private static JsonNode? Text(JsonNode? value, string field, int max)
    {
        if (value is null)
        {
            return null;
        }

        if (value.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            throw WixErrors.Invalid(field, "must be a string");
        }

        var text = value.GetValue<string>();
        return text.Length > max ? throw WixErrors.Invalid(field, $"must be at most {max} characters", "OUT_OF_RANGE")
            : text.Length == 0 ? null : text;
    }

    private static string Date(JsonNode value, string field)
        => value.GetValueKind() == System.Text.Json.JsonValueKind.String && LocalDate().IsMatch(value.GetValue<string>())
            && DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? value.GetValue<string>()
            : throw WixErrors.Invalid(field, "must be a date YYYY-MM-DD");

    private static JsonObject? ItemList(string list, JsonNode? value, JsonObject current, string field)
    {
        if (value is null)
        {
            return null;
        }

        var input = value["items"] as JsonArray ?? (value["items"] is null ? [] : throw WixErrors.Invalid($"{field}.items", "must be an array"));
        if (input.Count > MaxItems)
        {
            throw WixErrors.Invalid($"{field}.items", $"must have at most {MaxItems} items", "OUT_OF_RANGE");
        }

        var knownIds = WixJson.Items(current, list).Select(item => item["id"]?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var items = new JsonArray();
        for (var i = 0; i < input.Count; i++)
        {
            items.Add(Item(list, input[i] as JsonObject ?? throw WixErrors.Invalid($"{field}.items[{i}]", "must be an object"), knownIds, $"{field}.items[{i}]"));
        }

        SetPrimary(list, items);
        return new JsonObject { ["items"] = items };
    }

    private static JsonObject Item(string list, JsonObject input, HashSet<string> knownIds, string field)
    {
        var id = input["id"]?.GetValue<string>();
        var tag = input["tag"]?.GetValue<string>() ?? WixFakeDefaults.DefaultItemTag;
        if (!Tags[list].Contains(tag))
        {
            throw WixErrors.Invalid($"{field}.tag", $"must be one of {string.Join(", ", Tags[list])}");
        }

        var item = new JsonObject { ["id"] = id is not null && knownIds.Contains(id) ? id : Guid.NewGuid().ToString(), ["tag"] = tag };
        switch (list)
        {
            case "emails":
                item["email"] = CheckEmail(Required(input["email"], $"{field}.email", 320), $"{field}.email");
                break;
            case "phones":
                var phone = CheckPhone(Required(input["phone"], $"{field}.phone", 50), $"{field}.phone");
                var country = input["countryCode"]?.GetValue<string>();
                item["countryCode"] = country;
                item["phone"] = phone;
                item["e164Phone"] = E164(phone, country);
                if (country is null)
                {
                    item.Remove("countryCode");
                }

                if (item["e164Phone"] is null)
                {
                    item.Remove("e164Phone");
                }

                break;
            default:
                item["address"] = (input["address"] as JsonObject ?? throw WixErrors.Invalid($"{field}.address", "is required")).DeepClone();
                break;
        }

        if (list != "addresses")
        {
            item["primary"] = input["primary"]?.GetValue<bool>() ?? false;
        }

        return item;
    }

    private static void SetPrimary(string list, JsonArray items)
    {
        if (list == "addresses" || items.Count == 0)
        {
            return;
        }

        var primaries = items.Count(item => item!["primary"]!.GetValue<bool>());
        if (primaries > 1)
        {
            throw WixErrors.App(400, "CANNOT_HAVE_MULTIPLE_PRIMARY_INFO", $"Only one of the {list} can be primary");
        }

        if (primaries == 0)
        {
            items[0]!["primary"] = true;
        }
    }

    private static string CheckEmail(string email, string field)
        => FakeEmailRule.IsValid(email) ? email : throw WixErrors.Invalid(field, "must be a valid email address");

    private static string CheckPhone(string phone, string field)
        => PhoneShape().IsMatch(phone) ? phone : throw WixErrors.Invalid(field, "must be a phone number (digits, spaces, + ( ) - . /)");

    private static string Required(JsonNode? value, string field, int max)
        => Text(value, field, max)?.GetValue<string>() ?? throw WixErrors.Invalid(field, "is required");

    private static string? E164(string phone, string? country)
    {
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        if (phone.TrimStart().StartsWith('+'))
        {
            return digits.Length is >= 7 and <= 15 ? "+" + digits : null;
        }

        if (country is null || !CallingCodes.TryGetValue(country, out var code))
        {
            return null;
        }

        var national = digits.TrimStart('0');
        return national.Length >= 6 ? $"+{code}{national}" : null;
    }

    private static JsonObject? LabelKeys(JsonNode? value, WixStore store, string field)
    {
        if (value is null)
        {
            return null;
        }

        var keys = (value["items"] as JsonArray ?? []).Select(node => node?.GetValue<string>() ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        foreach (var key in keys)
        {
            if (!store.Labels.ContainsKey(key))
            {
                throw WixErrors.App(400, WixErrors.UnknownLabelCode, $"{field}: label '{key}' does not exist");
            }
        }

        return new JsonObject { ["items"] = new JsonArray([.. keys.Select(key => (JsonNode?)key)]) };
    }

    private static JsonObject ExtendedFields(JsonNode? value, JsonObject? current, WixStore store, string field)
    {
        var items = (current?["items"] as JsonObject)?.DeepClone() as JsonObject ?? [];
        if (value?["items"] is not JsonObject input)
        {
            return new JsonObject { ["items"] = items };
        }

        foreach (var (key, fieldValue) in input)
        {
            if (!store.Fields.TryGetValue(key, out var definition))
            {
                throw WixErrors.App(400, "INVALID_EXTENDED_FIELD_VALUE", $"{field}: extended field '{key}' does not exist");
            }

            if (definition.FieldType == "SYSTEM")
            {
                // System keys are computed by Wix; what a client sends for them is ignored.
                continue;
            }

            if (fieldValue is null)
            {
                items.Remove(key);
            }
            else
            {
                items[key] = CheckFieldValue(definition, fieldValue, $"{field}.items.{key}");
            }
        }

        return new JsonObject { ["items"] = items };
    }
}
