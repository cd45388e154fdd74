using System.Globalization;
using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Writes AgentClara's wire shapes: snake_case objects with every field present, inside the <c>success</c> envelope.
/// </summary>
internal static class AgentClaraJson
{
    /// <summary>Formats a time as UTC at second precision, e.g. <c>2024-01-15T10:30:00Z</c>.</summary>
    public static string FormatTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Writes the full contact, as Get, Create and Update answer it.</summary>
    public static JsonObject Contact(AgentClaraContact contact, AgentClaraStore store)
    {
        var conversations = store.ConversationsOf(contact.Id).ToList();
        return new JsonObject
        {
            ["id"] = contact.Id,
            ["name"] = contact.Name,
            ["email"] = contact.Email,
            ["phone"] = contact.Phone,
            ["tags"] = Strings(contact.Tags),
            ["custom_fields"] = CustomFields(contact.CustomFields),
            ["created_at"] = FormatTimestamp(contact.CreatedAt),
            ["updated_at"] = FormatTimestamp(contact.UpdatedAt),
            ["conversation_count"] = conversations.Count,
            ["last_conversation"] = LastConversation(conversations),
        };
    }

    /// <summary>Writes the reduced projection the documented list example shows (no custom fields or count).</summary>
    public static JsonObject ContactListItem(AgentClaraContact contact, AgentClaraStore store) => new()
    {
        ["id"] = contact.Id,
        ["name"] = contact.Name,
        ["email"] = contact.Email,
        ["phone"] = contact.Phone,
        ["tags"] = Strings(contact.Tags),
        ["created_at"] = FormatTimestamp(contact.CreatedAt),
        ["updated_at"] = FormatTimestamp(contact.UpdatedAt),
        ["last_conversation"] = LastConversation(store.ConversationsOf(contact.Id).ToList()),
    };

    /// <summary>Writes a conversation; the detail view adds <c>messages</c>.</summary>
    public static JsonObject Conversation(AgentClaraConversation conversation, bool withMessages)
    {
        var json = new JsonObject
        {
            ["id"] = conversation.Id,
            ["customer_id"] = conversation.CustomerId,
            ["customer_name"] = conversation.CustomerName,
            ["customer_email"] = conversation.CustomerEmail,
            ["customer_phone"] = conversation.CustomerPhone,
            ["channel"] = conversation.Channel,
            ["subject"] = conversation.Subject,
            ["status"] = conversation.Status,
            ["tags"] = Strings(conversation.Tags),
            ["unread"] = conversation.Unread,
            ["last_message"] = conversation.LastMessage,
            ["timestamp"] = FormatTimestamp(conversation.Timestamp),
        };
        if (withMessages)
        {
            json["messages"] = new JsonArray(conversation.Messages.Select(message => (JsonNode?)Message(message)).ToArray());
        }

        return json;
    }

    /// <summary>Writes one message.</summary>
    public static JsonObject Message(AgentClaraMessage message) => new()
    {
        ["id"] = message.Id,
        ["sender"] = message.Sender,
        ["content"] = message.Content,
        ["timestamp"] = FormatTimestamp(message.Timestamp),
    };

    /// <summary>Wraps data in <c>{"success":true,"data":…}</c>.</summary>
    public static string Success(JsonNode data) =>
        new JsonObject { ["success"] = true, ["data"] = data }.ToJsonString();

    /// <summary>Wraps a page of items, adding the proposed <c>pagination</c> block when asked.</summary>
    public static string Page(IReadOnlyList<JsonObject> items, AgentClaraPage page, bool emitPagination)
    {
        var json = new JsonObject
        {
            ["success"] = true,
            ["data"] = new JsonArray(items.Select(item => (JsonNode?)item).ToArray()),
        };
        if (emitPagination)
        {
            json["pagination"] = new JsonObject
            {
                ["limit"] = page.Limit,
                ["offset"] = page.Offset,
                ["total"] = page.Total,
                ["has_more"] = page.Offset + items.Count < page.Total,
            };
        }

        return json.ToJsonString();
    }

    /// <summary>Writes <c>{"success":false,"error":…,"code":…}</c>, adding <c>param</c> only when there is one.</summary>
    public static string Error(string message, string code, string? param)
    {
        var json = new JsonObject { ["success"] = false, ["error"] = message, ["code"] = code };
        if (param is not null)
        {
            json["param"] = param;
        }

        return json.ToJsonString();
    }

    private static JsonArray Strings(IEnumerable<string> values) =>
        new(values.Select(value => (JsonNode?)JsonValue.Create(value)).ToArray());

    private static JsonObject CustomFields(IReadOnlyDictionary<string, JsonNode> fields)
    {
        var json = new JsonObject();
        foreach (var (key, value) in fields)
        {
            json[key] = value.DeepClone();
        }

        return json;
    }

    private static string? LastConversation(List<AgentClaraConversation> conversations) =>
        conversations.Count == 0 ? null : FormatTimestamp(conversations.Max(conversation => conversation.Timestamp));
}
