using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Maps Wix wire records to and from the domain. Pure functions: label and field names come in as lookups, so the
/// mapper never calls Wix. Custom fields read under their display name; system fields are not custom fields.
/// </summary>
internal static class WixMapper
{
    public const string CustomPrefix = "custom.";

    /// <summary>Maps a contact; <paramref name="customFieldsLoaded"/> is false when the request's projection left out extended fields.</summary>
    public static Contact ToContact(
        WixContactResource resource, Func<string, string> labelName, Func<string, string> fieldName, JsonElement? raw = null, bool customFieldsLoaded = true)
    {
        var info = resource.Info;
        return new Contact
        {
            Id = resource.Id,
            Vendor = ContactsVendor.Wix,
            Name = info?.Name is { } name ? PersonName.FromParts(name.First, name.Last) : new PersonName(null, null, null),
            Channels = ToChannels(info),
            Tags = ToTags(info?.LabelKeys?.Items, labelName),
            CustomFields = ToCustomFields(info?.ExtendedFields?.Items, fieldName),
            CustomFieldsLoaded = customFieldsLoaded,
            Company = info?.Company,
            JobTitle = info?.JobTitle,
            CreatedAt = resource.CreatedDate,
            UpdatedAt = resource.UpdatedDate,
            Revision = resource.Revision?.ToString(CultureInfo.InvariantCulture),
            Raw = raw,
        };
    }

    private static List<string> ToTags(List<string>? labelKeys, Func<string, string> labelName)
    {
        var tags = new List<string>(labelKeys?.Count ?? 0);
        foreach (var key in labelKeys ?? [])
        {
            tags.Add(labelName(key));
        }

        return tags;
    }

    // Plain loops: this runs for every contact of every page, and LINQ's iterators were a measurable share of a list page.
    public static List<ContactChannel> ToChannels(WixContactInfoWire? info)
    {
        var emails = info?.Emails?.Items ?? [];
        var phones = info?.Phones?.Items ?? [];
        var addresses = info?.Addresses?.Items ?? [];
        var channels = new List<ContactChannel>(emails.Count + phones.Count + addresses.Count);
        foreach (var item in emails)
        {
            if (item.Email is not null)
            {
                channels.Add(new ContactChannel(ChannelKind.Email, item.Email) { Id = item.Id, Label = item.Tag, IsPrimary = item.Primary ?? false });
            }
        }

        foreach (var item in phones)
        {
            if (item.Phone is not null)
            {
                channels.Add(new ContactChannel(ChannelKind.Phone, item.Phone) { Id = item.Id, Label = item.Tag, IsPrimary = item.Primary ?? false });
            }
        }

        foreach (var item in addresses)
        {
            if (item.Address is not null)
            {
                channels.Add(new ContactChannel(WixChannelKinds.Address, FormatAddress(item.Address)) { Id = item.Id, Label = item.Tag });
            }
        }

        return channels;
    }

    /// <summary>One line, most specific first: street, line 2, city, subdivision and postal code, country.</summary>
    public static string FormatAddress(WixAddressWire address)
    {
        var street = address.AddressLine
            ?? (address.StreetAddress is { } structured ? $"{structured.Number} {structured.Name}".Trim() : null);
        var region = $"{address.Subdivision} {address.PostalCode}".Trim();
        return string.Join(", ", new[] { street, address.AddressLine2, address.City, region, address.Country }.Where(part => !string.IsNullOrWhiteSpace(part)));
    }

    /// <summary>
    /// The user-defined extended fields (<c>custom.*</c>) under their display names. System fields (<c>contacts.*</c>,
    /// <c>emailSubscriptions.*</c>, <c>members.*</c>, <c>ecom.*</c>, …) are Wix's own data — one of them is an email
    /// address — so they stay out of the facade's custom fields and are read with <c>ExtendedFields.GetValuesForContactAsync</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, JsonElement> ToCustomFields(Dictionary<string, JsonElement>? items, Func<string, string> fieldName)
    {
        // Most contacts of a page have no extended fields: they share one read-only empty map instead of one each.
        if (items is null || items.Count == 0)
        {
            return ReadOnlyDictionary<string, JsonElement>.Empty;
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (key, value) in items)
        {
            if (IsCustomKey(key))
            {
                fields[fieldName(key)] = value;
            }
        }

        return fields;
    }

    public static bool IsCustomKey(string key) => key.StartsWith(CustomPrefix, StringComparison.Ordinal);

    /// <summary>A facade name with a dot whose namespace is not <c>custom</c> names a system field (read-only).</summary>
    public static bool IsSystemName(string name) => name.Contains('.', StringComparison.Ordinal) && !IsCustomKey(name);

    public static WixLabel ToLabel(WixLabelResource label)
        => new()
        {
            Key = label.Key,
            DisplayName = label.DisplayName ?? label.Key,
            Namespace = label.Namespace,
            LabelType = label.LabelType,
            CreatedAt = label.CreatedDate,
            UpdatedAt = label.UpdatedDate,
        };

    public static WixExtendedField ToField(WixFieldResource field)
        => new()
        {
            Key = field.Key,
            DisplayName = field.DisplayName ?? field.Key,
            Namespace = field.Namespace,
            DataType = ToDataType(field.DataType),
            IsSystem = field.FieldType == "SYSTEM",
            Description = field.Description,
            CreatedAt = field.CreatedDate,
            UpdatedAt = field.UpdatedDate,
        };

    public static WixFieldDataType ToDataType(string? wire)
        => wire switch
        {
            "TEXT" => WixFieldDataType.Text,
            "NUMBER" => WixFieldDataType.Number,
            "DATE" => WixFieldDataType.Date,
            "URL" => WixFieldDataType.Url,
            _ => WixFieldDataType.Unknown,
        };

    public static string ToWire(WixFieldDataType type)
        => type switch
        {
            WixFieldDataType.Number => "NUMBER",
            WixFieldDataType.Date => "DATE",
            WixFieldDataType.Url => "URL",
            _ => "TEXT",
        };

    /// <summary>Infers the data type of a new field from its first value (<see cref="WixAssumptions.FallbackDataType"/> otherwise).</summary>
    public static string InferDataType(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return "NUMBER";
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return "DATE";
        }

        return text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            ? "URL"
            : WixAssumptions.FallbackDataType;
    }

    /// <summary>Splits a name into Wix's parts: given parts win; a full name splits at its first space.</summary>
    public static JsonObject ToName(PersonName name)
    {
        var (first, last) = name.First is not null || name.Last is not null
            ? (name.First, name.Last)
            : SplitFull(name.Full);
        var json = new JsonObject();
        if (!string.IsNullOrWhiteSpace(first))
        {
            json["first"] = first.Trim();
        }

        if (!string.IsNullOrWhiteSpace(last))
        {
            json["last"] = last.Trim();
        }

        return json;
    }

    public static JsonObject ToInfo(ContactDraft draft, IReadOnlyList<string> labelKeys, IReadOnlyDictionary<string, JsonElement> extendedFields)
    {
        var info = new JsonObject();
        if (draft.Name is { } name)
        {
            info["name"] = ToName(name);
        }

        AddItems(info, "emails", draft.Channels.Where(channel => channel.Kind == ChannelKind.Email).Select(channel => ToItem(channel, null)));
        AddItems(info, "phones", draft.Channels.Where(channel => channel.Kind == ChannelKind.Phone).Select(channel => ToItem(channel, null)));
        if (draft.Company is not null)
        {
            info["company"] = draft.Company;
        }

        if (draft.JobTitle is not null)
        {
            info["jobTitle"] = draft.JobTitle;
        }

        if (labelKeys.Count > 0)
        {
            info["labelKeys"] = new JsonObject { ["items"] = new JsonArray([.. labelKeys.Select(key => (JsonNode?)key)]) };
        }

        if (extendedFields.Count > 0)
        {
            info["extendedFields"] = ToExtendedFields(extendedFields.Select(pair => (pair.Key, (JsonElement?)pair.Value)));
        }

        return info;
    }

    /// <summary>Only what the patch sets: each sub-object replaces Wix's, extended fields merge and a null removes one.</summary>
    public static JsonObject ToPatchInfo(ContactPatch patch, IReadOnlyDictionary<string, JsonElement?> extendedFields)
    {
        var info = new JsonObject();
        if (patch.Name.HasValue)
        {
            info["name"] = patch.Name.Value is { } name ? ToName(name) : new JsonObject();
        }

        if (patch.Company.HasValue)
        {
            info["company"] = patch.Company.Value;
        }

        if (patch.JobTitle.HasValue)
        {
            info["jobTitle"] = patch.JobTitle.Value;
        }

        if (extendedFields.Count > 0)
        {
            info["extendedFields"] = ToExtendedFields(extendedFields.Select(pair => (pair.Key, pair.Value)));
        }

        return info;
    }

    public static JsonObject ToItem(ContactChannel channel, string? id)
    {
        var item = new JsonObject();
        if (id is not null)
        {
            item["id"] = id;
        }

        if (channel.Label is not null)
        {
            item["tag"] = channel.Label.ToUpperInvariant();
        }

        item[channel.Kind == ChannelKind.Email ? "email" : "phone"] = channel.Value;
        item["primary"] = channel.IsPrimary;
        return item;
    }

    /// <summary>Writes the wire items of one kind from the channels the contact will have (ids kept, so Wix keeps the items).</summary>
    public static JsonObject ToItems(IEnumerable<ContactChannel> channels)
        => new() { ["items"] = new JsonArray([.. channels.Select(channel => (JsonNode?)ToItem(channel, channel.Id))]) };

    private static void AddItems(JsonObject info, string name, IEnumerable<JsonObject> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            info[name] = new JsonObject { ["items"] = new JsonArray([.. list]) };
        }
    }

    private static JsonObject ToExtendedFields(IEnumerable<(string Key, JsonElement? Value)> fields)
    {
        var items = new JsonObject();
        foreach (var (key, value) in fields)
        {
            items[key] = value is { ValueKind: not JsonValueKind.Null } element ? JsonValue.Create(element) : null;
        }

        return new JsonObject { ["items"] = items };
    }

    private static (string? First, string? Last) SplitFull(string? full)
    {
        var trimmed = full?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return (null, null);
        }

        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (trimmed, null) : (trimmed[..space], trimmed[(space + 1)..].Trim());
    }
}
