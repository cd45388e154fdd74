using System.Globalization;
using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.Wix;

/// <summary>Writes Wix wire shapes: camelCase, empty fields omitted (spec §2, §3).</summary>
internal static class WixJson
{
    public static IReadOnlyList<string> AllFields { get; } =
    [
        "source", "createdDate", "updatedDate", "lastActivity", "primaryInfo", "info.name", "info.emails", "info.phones",
        "info.addresses", "info.company", "info.jobTitle", "info.picture", "info.birthdate", "info.locale", "info.labelKeys",
        "info.locations", "info.extendedFields",
    ];

    public static IReadOnlyDictionary<string, string[]> Fieldsets { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["BASIC"] = ["primaryInfo", "info.name"],
        ["COMMUNICATION_DETAILS"] = ["primaryInfo", "info.name", "info.emails", "info.phones", "info.addresses"],
        ["EXTENDED"] = ["primaryInfo", "info.name", "info.extendedFields"],
        ["FULL"] = [.. AllFields],
    };

    /// <summary>Contacts carry milliseconds: <c>2019-10-30T17:22:10.299Z</c>.</summary>
    public static string ContactTime(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Labels and fields often do not: <c>2020-04-20T14:02:20Z</c>.</summary>
    public static string DefinitionTime(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static JsonObject Contact(WixFakeContact contact, IReadOnlySet<string>? projection = null)
    {
        var full = FullContact(contact);
        return projection is null ? full : Project(full, projection);
    }

    public static JsonObject Label(WixLabelRecord label)
    {
        var json = new JsonObject
        {
            ["namespace"] = label.Namespace,
            ["namespaceDisplayName"] = label.Namespace == "custom" ? "Custom" : "Contacts",
            ["key"] = label.Key,
            ["displayName"] = label.DisplayName,
            ["labelType"] = label.LabelType,
        };
        if (label.CreatedDate is { } created)
        {
            json["createdDate"] = DefinitionTime(created);
        }

        if (label.UpdatedDate is { } updated)
        {
            json["updatedDate"] = DefinitionTime(updated);
        }

        return json;
    }

    public static JsonObject Field(WixFieldRecord field)
    {
        var json = new JsonObject
        {
            ["namespace"] = field.Namespace,
            ["key"] = field.Key,
            ["displayName"] = field.DisplayName,
            ["dataType"] = field.DataType,
            ["fieldType"] = field.FieldType,
            ["createdDate"] = DefinitionTime(field.CreatedDate),
            ["updatedDate"] = DefinitionTime(field.UpdatedDate),
        };
        if (field.Description is not null)
        {
            json["description"] = field.Description;
        }

        return json;
    }

    public static JsonObject Paging(int count, int offset, int total)
        => new() { ["count"] = count, ["offset"] = offset, ["total"] = total, ["tooManyToCount"] = false };

    public static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items.Select(item => (JsonNode?)item)]);

    public static IEnumerable<JsonObject> Items(JsonObject info, string name)
        => (info[name]?["items"] as JsonArray)?.OfType<JsonObject>() ?? [];

    public static string? PrimaryValue(JsonObject info, string list, string valueName)
    {
        var items = Items(info, list).ToList();
        var primary = items.FirstOrDefault(item => item["primary"]?.GetValue<bool>() == true) ?? items.FirstOrDefault();
        return primary?[valueName]?.GetValue<string>();
    }

    private static JsonObject FullContact(WixFakeContact contact)
    {
        var info = (JsonObject)contact.Info.DeepClone();
        AddSystemFields(info, contact);
        RemoveEmpty(info);
        var json = new JsonObject
        {
            ["id"] = contact.Id,
            ["revision"] = contact.Revision,
            ["source"] = new JsonObject { ["sourceType"] = contact.SourceType },
            ["createdDate"] = ContactTime(contact.CreatedDate),
            ["updatedDate"] = ContactTime(contact.UpdatedDate),
            ["lastActivity"] = new JsonObject { ["activityDate"] = ContactTime(contact.ActivityDate), ["activityType"] = contact.ActivityType },
        };
        AddPrimaryBlocks(json, info);
        json["info"] = info;
        return json;
    }

    private static void AddPrimaryBlocks(JsonObject json, JsonObject info)
    {
        var primaryInfo = new JsonObject();
        var email = PrimaryValue(info, "emails", "email");
        var phoneItem = Items(info, "phones").FirstOrDefault(item => item["primary"]?.GetValue<bool>() == true);
        if (email is not null)
        {
            primaryInfo["email"] = email;
            json["primaryEmail"] = new JsonObject { ["email"] = email, ["subscriptionStatus"] = "NOT_SET", ["deliverabilityStatus"] = "NOT_SET" };
        }

        if (phoneItem is not null)
        {
            primaryInfo["phone"] = phoneItem["phone"]?.DeepClone();
            var primaryPhone = new JsonObject { ["phone"] = phoneItem["phone"]?.DeepClone(), ["subscriptionStatus"] = "NOT_SET" };
            foreach (var name in new[] { "countryCode", "e164Phone" })
            {
                if (phoneItem[name] is { } value)
                {
                    primaryPhone[name] = value.DeepClone();
                }
            }

            if (phoneItem["e164Phone"] is not null)
            {
                primaryPhone["formattedPhone"] = phoneItem["e164Phone"]!.DeepClone();
            }

            json["primaryPhone"] = primaryPhone;
        }

        json["primaryInfo"] = primaryInfo;
    }

    // The read-only system keys the docs show in every answer.
    private static void AddSystemFields(JsonObject info, WixFakeContact contact)
    {
        var items = (info["extendedFields"]?["items"] as JsonObject)?.DeepClone() as JsonObject ?? [];
        var first = info["name"]?["first"]?.GetValue<string>();
        var last = info["name"]?["last"]?.GetValue<string>();
        var byFirst = $"{first} {last}".Trim();
        if (byFirst.Length > 0)
        {
            items["contacts.displayByFirstName"] = byFirst;
            items["contacts.displayByLastName"] = $"{last} {first}".Trim();
        }

        if (PrimaryValue(info, "emails", "email") is { } email)
        {
            items["emailSubscriptions.effectiveEmail"] = email;
            items["emailSubscriptions.subscriptionStatus"] = "NOT_SET";
            items["emailSubscriptions.deliverabilityStatus"] = "NOT_SET";
        }

        if (contact.IsMember)
        {
            items["members.membershipStatus"] = "APPROVED";
        }

        info["extendedFields"] = new JsonObject { ["items"] = items };
    }

    private static void RemoveEmpty(JsonObject info)
    {
        foreach (var (name, value) in info.ToList())
        {
            var empty = value switch
            {
                null => true,
                JsonValue v when v.TryGetValue<string>(out var text) => text.Length == 0,
                JsonObject { Count: 0 } => true,
                JsonObject o when o["items"] is JsonArray { Count: 0 } or JsonObject { Count: 0 } => true,
                _ => false,
            };
            if (empty)
            {
                info.Remove(name);
            }
        }
    }

    private static JsonObject Project(JsonObject full, IReadOnlySet<string> paths)
    {
        var json = new JsonObject { ["id"] = full["id"]!.DeepClone(), ["revision"] = full["revision"]!.DeepClone() };
        var info = new JsonObject();
        foreach (var path in paths)
        {
            if (path.StartsWith("info.", StringComparison.Ordinal))
            {
                var name = path["info.".Length..];
                if (full["info"]?[name] is { } value)
                {
                    info[name] = value.DeepClone();
                }
            }
            else if (full[path] is { } value)
            {
                json[path] = value.DeepClone();
                if (path == "primaryInfo")
                {
                    CopyIfPresent(full, json, "primaryEmail");
                    CopyIfPresent(full, json, "primaryPhone");
                }
            }
        }

        if (info.Count > 0)
        {
            json["info"] = info;
        }

        return json;
    }

    private static void CopyIfPresent(JsonObject from, JsonObject to, string name)
    {
        if (from[name] is { } value)
        {
            to[name] = value.DeepClone();
        }
    }
}
