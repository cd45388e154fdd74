using System.Globalization;
using System.Text.Json;

namespace ContactsSdk.Benchmarks;

/// <summary>
/// The mapping from wire records to <see cref="Contact"/> a user writes beside their own Refit client: what the SDK's
/// internal mappers build for these payloads (AgentClaraMapper, EcwidMapper, WixMapper), written out here.
/// </summary>
public static class PeerMapping
{
    private static readonly Dictionary<string, JsonElement> NoFields = [];

    private static readonly Dictionary<string, ChannelKind> EcwidKinds = new(StringComparer.Ordinal)
    {
        ["EMAIL"] = ChannelKind.Email,
        ["PHONE"] = ChannelKind.Phone,
    };

    public static Contact ToContact(AgentClaraContactWire wire)
    {
        var channels = new List<ContactChannel>(2);
        if (!string.IsNullOrEmpty(wire.Email))
        {
            channels.Add(new ContactChannel(ChannelKind.Email, wire.Email) { Id = "email", IsPrimary = true });
        }

        if (!string.IsNullOrEmpty(wire.Phone))
        {
            channels.Add(new ContactChannel(ChannelKind.Phone, wire.Phone) { Id = "phone", IsPrimary = true });
        }

        return new Contact
        {
            Id = wire.Id,
            Vendor = ContactsVendor.AgentClara,
            Name = PersonName.FromFull(wire.Name),
            Channels = channels,
            Tags = wire.Tags ?? [],
            CustomFields = wire.CustomFields ?? NoFields,
            CustomFieldsLoaded = wire.CustomFields is not null,
            CreatedAt = wire.CreatedAt,
            UpdatedAt = wire.UpdatedAt,
        };
    }

    public static Contact ToContact(EcwidCustomerWire wire)
    {
        var channels = new List<ContactChannel>((wire.Contacts?.Count ?? 0) + 1);
        foreach (var contact in wire.Contacts ?? [])
        {
            channels.Add(new ContactChannel(EcwidKindOf(contact.Type), contact.Contact ?? string.Empty)
            {
                Id = contact.Id?.ToString(CultureInfo.InvariantCulture),
                Handle = contact.Handle,
                Note = contact.Note,
                IsPrimary = contact.IsDefault ?? false,
            });
        }

        // The customer's email is a channel even when no EMAIL contact holds it.
        if (!string.IsNullOrEmpty(wire.Email)
            && !channels.Exists(channel => channel.Kind == ChannelKind.Email && string.Equals(channel.Value, wire.Email, StringComparison.OrdinalIgnoreCase)))
        {
            channels.Insert(0, new ContactChannel(ChannelKind.Email, wire.Email)
            {
                IsPrimary = !channels.Exists(channel => channel.Kind == ChannelKind.Email && channel.IsPrimary),
            });
        }

        var billing = wire.BillingPerson;
        var full = NullIfEmpty(billing?.Name) ?? NullIfEmpty(wire.Name);
        var first = NullIfEmpty(billing?.FirstName);
        var last = NullIfEmpty(billing?.LastName);
        return new Contact
        {
            Id = wire.Id.ToString(CultureInfo.InvariantCulture),
            Vendor = ContactsVendor.Ecwid,
            Name = first is null && last is null ? PersonName.FromFull(full) : new PersonName(first, last, full ?? PersonName.FromParts(first, last).Full),
            Channels = channels,
            Company = NullIfEmpty(billing?.CompanyName),
            CreatedAt = wire.Registered,
            UpdatedAt = wire.Updated,
        };
    }

    /// <summary>Label keys are named through a label directory the user reads once and keeps, as the SDK does.</summary>
    public static Contact ToContact(WixContactWire wire, IReadOnlyDictionary<string, string> labelNames)
    {
        var info = wire.Info;
        var channels = new List<ContactChannel>();
        foreach (var email in info?.Emails?.Items ?? [])
        {
            if (email.Email is not null)
            {
                channels.Add(new ContactChannel(ChannelKind.Email, email.Email) { Id = email.Id, Label = email.Tag, IsPrimary = email.Primary ?? false });
            }
        }

        foreach (var phone in info?.Phones?.Items ?? [])
        {
            if (phone.Phone is not null)
            {
                channels.Add(new ContactChannel(ChannelKind.Phone, phone.Phone) { Id = phone.Id, Label = phone.Tag, IsPrimary = phone.Primary ?? false });
            }
        }

        var labelKeys = info?.LabelKeys?.Items ?? [];
        var tags = new List<string>(labelKeys.Count);
        foreach (var key in labelKeys)
        {
            tags.Add(labelNames.TryGetValue(key, out var name) ? name : key);
        }

        return new Contact
        {
            Id = wire.Id,
            Vendor = ContactsVendor.Wix,
            Name = info?.Name is { } personName ? PersonName.FromParts(personName.First, personName.Last) : new PersonName(null, null, null),
            Channels = channels,
            Tags = tags,
            CustomFields = NoFields,
            Company = info?.Company,
            JobTitle = info?.JobTitle,
            CreatedAt = wire.CreatedDate,
            UpdatedAt = wire.UpdatedDate,
            Revision = wire.Revision?.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static ChannelKind EcwidKindOf(string? type)
        => string.IsNullOrWhiteSpace(type) ? ChannelKind.Other : EcwidKinds.TryGetValue(type, out var kind) ? kind : new ChannelKind(type);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
