using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Puts test data straight into a store, applying the same rules as the HTTP endpoints but failing with
/// <see cref="ArgumentException"/>, since a bad seed is a mistake in the test rather than an API answer.
/// </summary>
internal static class AgentClaraSeeder
{
    /// <summary>Adds a contact and returns its id.</summary>
    public static string SeedContact(
        AgentClaraStore store,
        DateTimeOffset now,
        string name,
        string? email,
        string? phone,
        IEnumerable<string>? tags,
        IReadOnlyDictionary<string, object?>? customFields,
        DateTimeOffset? createdAt)
    {
        var created = createdAt ?? now;
        var contact = new AgentClaraContact
        {
            Id = FakeIds.Create("cust_"),
            Name = Checked(() => AgentClaraRules.RequireText(JsonValue.Create(name), "name"), nameof(name)),
            Email = Checked(() => AgentClaraRules.ReadEmail(email is null ? null : JsonValue.Create(email)), nameof(email)),
            Phone = Checked(() => AgentClaraRules.ReadPhone(phone is null ? null : JsonValue.Create(phone)), nameof(phone)),
            Tags = AgentClaraRules.DistinctTags(tags ?? []),
            CustomFields = ToCustomFields(customFields),
            CreatedAt = created,
            UpdatedAt = created,
        };
        return store.Add(contact).Id;
    }

    /// <summary>Adds a conversation for an existing contact and returns its id.</summary>
    public static string SeedConversation(
        AgentClaraStore store,
        DateTimeOffset now,
        string contactId,
        string channel,
        string? subject,
        DateTimeOffset? timestamp,
        string status)
    {
        var contact = store.FindContact(contactId)
            ?? throw new ArgumentException($"No contact '{contactId}' in this sub-account.", nameof(contactId));
        var conversation = new AgentClaraConversation
        {
            Id = FakeIds.Create("conv_"),
            CustomerId = contact.Id,
            CustomerName = contact.Name,
            CustomerEmail = contact.Email,
            CustomerPhone = contact.Phone,
            Channel = Checked(() => AgentClaraRules.CheckChoice(channel, "channel", AgentClaraRules.Channels), nameof(channel)),
            Subject = subject,
            Status = Checked(() => AgentClaraRules.CheckChoice(status, "status", AgentClaraRules.Statuses), nameof(status)),
            Timestamp = timestamp ?? now,
        };
        return store.Add(conversation).Id;
    }

    private static Dictionary<string, JsonNode> ToCustomFields(IReadOnlyDictionary<string, object?>? customFields)
    {
        var fields = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var (key, value) in customFields ?? new Dictionary<string, object?>())
        {
            if (value is null)
            {
                continue;
            }

            fields[key] = ToJsonValue(value) ?? throw new ArgumentException(
                $"Custom field '{key}' must be a string, number, boolean or null, not {value.GetType().Name}.",
                nameof(customFields));
        }

        return fields;
    }

    private static JsonValue? ToJsonValue(object value) => value switch
    {
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        decimal number => JsonValue.Create(number),
        float number => JsonValue.Create(number),
        JsonElement { ValueKind: JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } element
            => JsonValue.Create(element),
        _ => null,
    };

    private static T Checked<T>(Func<T> read, string paramName)
    {
        try
        {
            return read();
        }
        catch (FakeApiException exception)
        {
            throw new ArgumentException(exception.Message, paramName, exception);
        }
    }
}
