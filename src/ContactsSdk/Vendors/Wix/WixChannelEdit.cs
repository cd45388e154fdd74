using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Rewrites a contact's email, phone and address items for one channel change, keeping every other item with its id so
/// Wix keeps it. Pure: it reads one revision of the contact and returns the <c>info</c> to PATCH, or null for no change.
/// </summary>
internal static class WixChannelEdit
{
    public static JsonObject? Add(WixContactResource contact, ContactChannel channel)
    {
        var current = Channels(contact, channel.Kind);
        if (current.Any(existing => SameValue(existing, channel)))
        {
            return null;
        }

        var updated = current.Select(existing => channel.IsPrimary ? existing with { IsPrimary = false } : existing).Append(channel with { Id = null });
        return new JsonObject { [ListName(channel.Kind)] = Items(contact, updated) };
    }

    public static JsonObject Update(WixContactResource contact, string channelId, ContactChannel channel)
    {
        var current = Channels(contact, channel.Kind);
        var updated = current.Select(existing => existing.Id == channelId
            ? channel with { Id = channelId }
            : channel.IsPrimary ? existing with { IsPrimary = false } : existing);
        return new JsonObject { [ListName(channel.Kind)] = Items(contact, updated) };
    }

    public static JsonObject? Remove(WixContactResource contact, string channelId)
    {
        foreach (var kind in new[] { ChannelKind.Email, ChannelKind.Phone })
        {
            var current = Channels(contact, kind);
            if (current.Any(existing => existing.Id == channelId))
            {
                return new JsonObject { [ListName(kind)] = Items(contact, current.Where(existing => existing.Id != channelId)) };
            }
        }

        var addresses = contact.Info?.Addresses?.Items ?? [];
        if (!addresses.Any(item => item.Id == channelId))
        {
            return null;
        }

        var kept = addresses.Where(item => item.Id != channelId).Select(item => (JsonNode?)new JsonObject
        {
            ["id"] = item.Id,
            ["tag"] = item.Tag,
            ["address"] = item.Address is null ? null : JsonSerializer.SerializeToNode(item.Address, WixJsonContext.Default.WixAddressWire),
        });
        return new JsonObject { ["addresses"] = new JsonObject { ["items"] = new JsonArray([.. kept]) } };
    }

    public static ChannelKind? KindOf(WixContactResource contact, string channelId)
        => WixMapper.ToChannels(contact.Info).FirstOrDefault(channel => channel.Id == channelId)?.Kind;

    /// <summary>Finds the written channel in Wix's answer: by id when it had one, else the item with that value.</summary>
    public static ContactChannel? Find(WixContactResource contact, ContactChannel channel, string? id)
        => Channels(contact, channel.Kind).FirstOrDefault(existing => id is not null ? existing.Id == id : SameValue(existing, channel));

    // ContactChannel has no country: a kept phone item gets its countryCode back, so e164Phone survives the rewrite.
    private static JsonObject Items(WixContactResource contact, IEnumerable<ContactChannel> channels)
    {
        var items = WixMapper.ToItems(channels);
        var countries = (contact.Info?.Phones?.Items ?? []).Where(phone => phone.Id is not null && phone.CountryCode is not null)
            .ToDictionary(phone => phone.Id!, phone => phone.CountryCode!, StringComparer.Ordinal);
        foreach (var item in items["items"]!.AsArray().OfType<JsonObject>())
        {
            if (item["id"]?.GetValue<string>() is { } id && countries.TryGetValue(id, out var country))
            {
                item["countryCode"] = country;
            }
        }

        return items;
    }

    private static List<ContactChannel> Channels(WixContactResource contact, ChannelKind kind)
        => [.. WixMapper.ToChannels(contact.Info).Where(channel => channel.Kind == kind)];

    private static bool SameValue(ContactChannel left, ContactChannel right)
        => string.Equals(left.Value, right.Value, left.Kind == ChannelKind.Email ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static string ListName(ChannelKind kind) => kind == ChannelKind.Email ? "emails" : "phones";
}
