using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Vendors.AgentClara.Models;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>Maps AgentClara wire records to and from the domain. Pure functions: no I/O, no state.</summary>
internal static class AgentClaraMapper
{
    private static readonly IReadOnlyDictionary<string, JsonElement> NoFields = new Dictionary<string, JsonElement>();

    public static Contact ToContact(AgentClaraContactResource resource, JsonElement? raw = null)
        => new()
        {
            Id = resource.Id,
            Vendor = ContactsVendor.AgentClara,
            Name = PersonName.FromFull(resource.Name),
            Channels = ToChannels(resource),
            Tags = resource.Tags ?? [],
            CustomFields = resource.CustomFields ?? NoFields,

            // List and search items omit custom_fields (a reduced projection, spec §1.5): absent is "not loaded", not "none".
            CustomFieldsLoaded = resource.CustomFields is not null,
            CreatedAt = resource.CreatedAt,
            UpdatedAt = resource.UpdatedAt,
            Raw = raw,
        };

    public static ContactChannel ToChannel(ChannelKind kind, string value)
        => new(kind, value) { Id = AgentClaraRules.ChannelIdOf(kind), IsPrimary = true };

    public static AgentClaraConversation ToConversation(AgentClaraConversationResource resource)
        => new()
        {
            Id = resource.Id,
            ContactId = resource.CustomerId,
            Channel = resource.Channel,
            Status = resource.Status,
            Subject = resource.Subject,
            LastMessage = resource.LastMessage,
            Timestamp = resource.Timestamp,
            Unread = resource.Unread ?? false,
            Tags = resource.Tags ?? [],
        };

    public static AgentClaraCreateContactRequest ToCreateRequest(ContactDraft draft, IReadOnlyList<string> tags)
        => new()
        {
            Name = AgentClaraRules.NameOf(draft.Name)!,
            Email = ValueOf(draft.Channels, ChannelKind.Email),
            Phone = ValueOf(draft.Channels, ChannelKind.Phone),
            Tags = tags.Count == 0 ? null : [.. tags],
            CustomFields = draft.CustomFields is { Count: > 0 } fields ? new Dictionary<string, JsonElement>(fields) : null,
        };

    /// <summary>Whether a stored contact is what <paramref name="request"/> would have created (custom fields aside: list items omit them).</summary>
    public static bool IsSameContact(Contact contact, AgentClaraCreateContactRequest request)
        => string.Equals(contact.Name.Full, request.Name.Trim(), StringComparison.Ordinal)
            && string.Equals(contact.PrimaryEmail, request.Email, StringComparison.OrdinalIgnoreCase)
            && string.Equals(contact.PrimaryPhone, request.Phone, StringComparison.Ordinal)
            && contact.Tags.Order(StringComparer.OrdinalIgnoreCase).SequenceEqual((request.Tags ?? []).Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds a PATCH body holding only what the patch sets; a custom field set to null is sent as null, which removes it.</summary>
    public static JsonObject ToUpdateBody(ContactPatch patch)
    {
        var body = new JsonObject();
        if (patch.Name.HasValue)
        {
            body["name"] = AgentClaraRules.NameOf(patch.Name.Value);
        }

        if (patch.CustomFields is { Count: > 0 } fields)
        {
            var custom = new JsonObject();
            foreach (var (key, value) in fields)
            {
                custom[key] = value is { ValueKind: not JsonValueKind.Null } element ? JsonValue.Create(element) : null;
            }

            body["custom_fields"] = custom;
        }

        return body;
    }

    public static JsonObject ToTagsBody(IEnumerable<string> tags) => new() { ["tags"] = new JsonArray([.. tags.Select(tag => (JsonNode?)tag)]) };

    public static JsonObject ToChannelBody(ChannelKind kind, string? value) => new() { [AgentClaraRules.ChannelIdOf(kind)] = value };

    /// <summary>The wire sort for a facade sort; AgentClara orders times newest first and names A→Z, with no direction switch.</summary>
    public static string ToSort(ContactSortField sort)
        => sort switch
        {
            ContactSortField.Updated => "updated",
            ContactSortField.Name => "name",
            _ => "created",
        };

    public static bool IsNaturalDirection(ContactSortField sort, bool? descending)
        => descending is null || descending == (sort != ContactSortField.Name);

    private static List<ContactChannel> ToChannels(AgentClaraContactResource resource)
    {
        var channels = new List<ContactChannel>(2);
        if (!string.IsNullOrEmpty(resource.Email))
        {
            channels.Add(ToChannel(ChannelKind.Email, resource.Email));
        }

        if (!string.IsNullOrEmpty(resource.Phone))
        {
            channels.Add(ToChannel(ChannelKind.Phone, resource.Phone));
        }

        return channels;
    }

    private static string? ValueOf(IEnumerable<ContactChannel> channels, ChannelKind kind)
        => channels.FirstOrDefault(channel => channel.Kind == kind)?.Value;
}
