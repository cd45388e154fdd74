using System.Globalization;
using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.Ecwid;

/// <summary>Writes Ecwid's wire shapes (spec §2–§3): camelCase, <c>yyyy-MM-dd HH:mm:ss +0000</c> dates, null fields omitted.</summary>
internal static class EcwidJson
{
    public static string FormatDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " +0000";

    public static JsonObject Customer(EcwidCustomerRecord customer, EcwidStore store)
    {
        var json = new JsonObject
        {
            ["id"] = customer.Id,
            ["email"] = customer.Email,
            ["registered"] = FormatDate(customer.Registered),
            ["updated"] = FormatDate(customer.Updated),
            ["totalOrderCount"] = 0,
            ["customerGroupId"] = customer.GroupId,
            ["customerGroupName"] = store.FindGroup(customer.GroupId)?.Name ?? "General",
        };
        if (customer.Name is { } name)
        {
            json["name"] = name;
        }

        if (customer.BillingPerson is { } billing)
        {
            json["billingPerson"] = BillingPerson(billing);
        }

        json["shippingAddresses"] = customer.ShippingAddresses.DeepClone();
        json["contacts"] = new JsonArray([.. Ordered(customer.Contacts).Select(contact => (JsonNode?)Contact(contact))]);
        foreach (var (key, value) in customer.Scalars)
        {
            json[key] = value?.DeepClone();
        }

        json["stats"] = new JsonObject { ["numberOfOrders"] = 0, ["salesValue"] = 0, ["averageOrderValue"] = 0 };
        json["favorites"] = new JsonArray();
        return json;
    }

    public static JsonObject Contact(EcwidContactRecord contact)
    {
        var json = new JsonObject { ["id"] = contact.Id, ["contact"] = contact.Contact };
        if (contact.Handle is not null)
        {
            json["handle"] = contact.Handle;
        }

        if (contact.Note is not null)
        {
            json["note"] = contact.Note;
        }

        json["type"] = contact.Type;
        json["default"] = contact.IsDefault;
        json["orderBy"] = contact.OrderBy;
        json["timestamp"] = FormatDate(contact.Timestamp);
        return json;
    }

    public static JsonObject Group(EcwidGroupRecord group)
    {
        var json = new JsonObject { ["id"] = group.Id, ["name"] = group.Name };
        if (group.ExternalReferenceId is not null)
        {
            json["externalReferenceId"] = group.ExternalReferenceId;
        }

        return json;
    }

    /// <summary>The fake's order for a customer's contacts ([INF] §5.6): type, then <c>orderBy</c>, then id.</summary>
    public static IEnumerable<EcwidContactRecord> Ordered(IEnumerable<EcwidContactRecord> contacts) =>
        contacts.OrderBy(contact => contact.Type, StringComparer.Ordinal).ThenBy(contact => contact.OrderBy).ThenBy(contact => contact.Id);

    public static string Envelope(IReadOnlyList<JsonObject> items, int total, int offset, int limit, int? allCustomerCount = null)
    {
        var json = new JsonObject
        {
            ["total"] = total,
            ["count"] = items.Count,
            ["offset"] = offset,
            ["limit"] = limit,
            ["items"] = new JsonArray([.. items.Select(item => (JsonNode?)item)]),
        };
        if (allCustomerCount is { } all)
        {
            json["allCustomerCount"] = all;
        }

        return json.ToJsonString();
    }

    public static string Count(string name, int value) => new JsonObject { [name] = value }.ToJsonString();

    public static string Error(string message, string code) =>
        new JsonObject { ["errorMessage"] = message, ["errorCode"] = code }.ToJsonString();

    // firstName/lastName are read-only and shown only when the name has at least two words (§3.2).
    private static JsonObject BillingPerson(JsonObject billing)
    {
        var json = (JsonObject)billing.DeepClone();
        json.Remove("firstName");
        json.Remove("lastName");
        var words = (billing["name"]?.GetValue<string>() ?? string.Empty).Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 2)
        {
            json["firstName"] = words[0];
            json["lastName"] = words[1];
        }

        return json;
    }
}
