using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.Wix;

/// <summary>The filter and sort matrices of spec §4.5 (contacts), §5 (labels) and §6 (extended fields).</summary>
internal static class WixFilterMatrix
{
    private const string TextOps = "$eq $ne $in $exists $startsWith";
    private const string CompareOps = "$eq $ne $gt $lt $gte $lte";

    private static readonly Dictionary<string, WixFilterField> ContactFields = new(StringComparer.Ordinal)
    {
        ["id"] = WixFilterField.Of("$eq $ne $in $exists", WixValueKind.Exact, Path("id")),
        ["createdDate"] = WixFilterField.Of(CompareOps, WixValueKind.Time, Path("createdDate")),
        ["updatedDate"] = WixFilterField.Of(CompareOps, WixValueKind.Time, Path("updatedDate")),
        ["lastActivity.activityDate"] = WixFilterField.Of(CompareOps, WixValueKind.Time, Path("lastActivity", "activityDate")),
        ["primaryInfo.email"] = WixFilterField.Of(TextOps, WixValueKind.Text, Path("primaryInfo", "email")),
        ["primaryInfo.phone"] = WixFilterField.Of(TextOps, WixValueKind.Text, Path("primaryInfo", "phone")),
        ["info.name.first"] = WixFilterField.Of(TextOps, WixValueKind.Text, Path("info", "name", "first")),
        ["info.name.last"] = WixFilterField.Of(TextOps, WixValueKind.Text, Path("info", "name", "last")),
        ["info.company"] = WixFilterField.Of(TextOps, WixValueKind.Text, Path("info", "company")),
        ["info.jobTitle"] = WixFilterField.Of(TextOps, WixValueKind.Text, Path("info", "jobTitle")),
        ["info.emails.email"] = WixFilterField.Of(TextOps, WixValueKind.Text, Items("emails", "email")),
        ["info.phones.phone"] = WixFilterField.Of(TextOps, WixValueKind.Text, Items("phones", "phone")),
        ["info.phones.e164Phone"] = WixFilterField.Of(TextOps, WixValueKind.Text, Items("phones", "e164Phone")),
        ["info.addresses.street"] = WixFilterField.Of(TextOps, WixValueKind.Text, Addresses(address => address["addressLine"] ?? address["streetAddress"]?["name"])),
        ["info.addresses.city"] = WixFilterField.Of(TextOps, WixValueKind.Text, Addresses(address => address["city"])),
        ["info.addresses.subdivision"] = WixFilterField.Of("$eq $ne $in $exists", WixValueKind.Exact, Addresses(address => address["subdivision"])),
        ["info.addresses.country"] = WixFilterField.Of("$eq $ne $in $exists", WixValueKind.Exact, Addresses(address => address["country"])),
        ["info.locale"] = WixFilterField.Of("$eq $ne $in $exists", WixValueKind.Exact, Path("info", "locale")),
        ["info.birthdate"] = WixFilterField.Of(CompareOps, WixValueKind.LocalDate, Path("info", "birthdate")),
        ["info.labelKeys"] = WixFilterField.Of("$hasSome $hasAll", WixValueKind.Exact, KeyList("labelKeys")),
        ["info.locations"] = WixFilterField.Of("$hasSome $hasAll", WixValueKind.Exact, KeyList("locations")),
        ["info.extendedFields.members.membershipStatus"] = SystemField("members.membershipStatus"),
        ["info.extendedFields.emailSubscriptions.deliverabilityStatus"] = SystemField("emailSubscriptions.deliverabilityStatus"),
        ["info.extendedFields.emailSubscriptions.subscriptionStatus"] = SystemField("emailSubscriptions.subscriptionStatus"),
        ["info.extendedFields.emailSubscriptions.effectiveEmail"] = WixFilterField.Of("$exists", WixValueKind.Text, Extended("emailSubscriptions.effectiveEmail")),
    };

    private static readonly HashSet<string> ContactSorts = new(StringComparer.Ordinal)
    {
        "createdDate", "lastActivity.activityDate", "primaryInfo.email", "info.name.first", "info.name.last", "info.company",
        "info.jobTitle", "info.birthdate", "info.extendedFields.emailSubscriptions.effectiveEmail",
    };

    public static WixQueryEngine Contacts(WixStore store)
        => new(name => ContactField(store, name), name => ContactSort(store, name), WixQueryCodes.Contacts);

    public static WixQueryEngine Labels()
        => Definitions(new()
        {
            ["labelType"] = WixFilterField.Of("$eq", WixValueKind.Exact, Path("labelType")),
        });

    public static WixQueryEngine Fields()
        => Definitions(new()
        {
            ["fieldType"] = WixFilterField.Of("$eq", WixValueKind.Exact, Path("fieldType")),
            ["dataType"] = WixFilterField.Of("$eq $ne", WixValueKind.Exact, Path("dataType")),
        });

    private static WixQueryEngine Definitions(Dictionary<string, WixFilterField> own)
    {
        own["key"] = WixFilterField.Of("$eq $ne $in", WixValueKind.Exact, Path("key"));
        own["displayName"] = WixFilterField.Of("$eq $ne $in $startsWith", WixValueKind.Text, Path("displayName"));
        own["namespace"] = WixFilterField.Of("$eq $ne", WixValueKind.Exact, Path("namespace"));
        own["createdDate"] = WixFilterField.Of(CompareOps, WixValueKind.Time, Path("createdDate"));
        own["updatedDate"] = WixFilterField.Of(CompareOps, WixValueKind.Time, Path("updatedDate"));
        return new WixQueryEngine(
            own.GetValueOrDefault,
            name => name switch { "displayName" => WixValueKind.Text, "createdDate" or "updatedDate" => WixValueKind.Time, _ => null },
            WixQueryCodes.Definitions);
    }

    private static WixFilterField? ContactField(WixStore store, string name)
    {
        if (ContactFields.TryGetValue(name, out var field))
        {
            return field;
        }

        var definition = CustomField(store, name);
        return definition?.DataType switch
        {
            null => null,
            "NUMBER" => WixFilterField.Of(CompareOps, WixValueKind.Number, Extended(definition.Key)),
            "DATE" => WixFilterField.Of(CompareOps, WixValueKind.LocalDate, Extended(definition.Key)),
            _ => WixFilterField.Of("$eq $ne $in $startsWith", WixValueKind.Text, Extended(definition.Key)),
        };
    }

    private static WixValueKind? ContactSort(WixStore store, string name)
        => ContactSorts.Contains(name) ? ContactFields[name].Kind
            : CustomField(store, name)?.DataType switch
            {
                null => null,
                "NUMBER" => WixValueKind.Number,
                "DATE" => WixValueKind.LocalDate,
                _ => WixValueKind.Text,
            };

    private static WixFieldRecord? CustomField(WixStore store, string name)
    {
        const string Prefix = "info.extendedFields.";
        return name.StartsWith(Prefix + "custom.", StringComparison.Ordinal)
            && store.Fields.TryGetValue(name[Prefix.Length..], out var definition) ? definition : null;
    }

    private static WixFilterField SystemField(string key) => WixFilterField.Of("$eq $ne $in $nin", WixValueKind.Exact, Extended(key));

    private static Func<JsonObject, IReadOnlyList<JsonNode?>> Path(params string[] parts)
        => item =>
        {
            JsonNode? node = item;
            foreach (var part in parts)
            {
                node = (node as JsonObject)?[part];
            }

            return node is null ? [] : [node];
        };

    private static Func<JsonObject, IReadOnlyList<JsonNode?>> Items(string list, string name)
        => item => [.. WixJson.Items(item["info"] as JsonObject ?? [], list).Select(entry => entry[name]).Where(value => value is not null)];

    private static Func<JsonObject, IReadOnlyList<JsonNode?>> Addresses(Func<JsonObject, JsonNode?> part)
        => item => [.. WixJson.Items(item["info"] as JsonObject ?? [], "addresses")
            .Select(entry => entry["address"] is JsonObject address ? part(address) : null).Where(value => value is not null)];

    private static Func<JsonObject, IReadOnlyList<JsonNode?>> KeyList(string list)
        => item => [.. (item["info"]?[list]?["items"] as JsonArray ?? [])];

    private static Func<JsonObject, IReadOnlyList<JsonNode?>> Extended(string key)
        => item => item["info"]?["extendedFields"]?["items"]?[key] is { } value ? [value] : [];
}
