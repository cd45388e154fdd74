using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.Ecwid;

/// <summary>Applies the writable fields of a create or update body to a customer (spec §5.3, §5.4, §8).</summary>
internal static class EcwidCustomerWrites
{
    /// <summary>The fields a create or update body may carry.</summary>
    public static readonly IReadOnlyCollection<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "email", "password", "billingPerson", "shippingAddresses", "contacts", "customerGroupId",
        "b2b_b2c", "taxId", "taxIdValid", "taxExempt", "acceptMarketing", "lang", "privateAdminNotes",
        "fiscalCode", "electronicInvoicePecEmail", "electronicInvoiceSdiCode", "externalReferenceId",
    };

    /// <summary>Read-only fields the docs' own examples send back; they are tolerated and ignored (spec §5.3).</summary>
    public static readonly IReadOnlyCollection<string> Ignored = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "name", "customerGroupName", "registered", "updated", "totalOrderCount", "stats", "favorites",
    };

    /// <summary>Documented fields the fake does not emulate; sending one answers 501.</summary>
    public static readonly IReadOnlyCollection<string> NotEmulated = ["primaryPhone", "extrafields"];

    private static readonly string[] StringScalars =
        ["taxId", "lang", "privateAdminNotes", "fiscalCode", "electronicInvoicePecEmail", "electronicInvoiceSdiCode", "externalReferenceId"];

    private static readonly string[] BoolScalars = ["taxIdValid", "taxExempt", "acceptMarketing"];

    public static JsonObject ReadBody(EcwidCall call)
    {
        var body = call.ReadBody([.. Known, .. NotEmulated], Ignored);
        if (NotEmulated.FirstOrDefault(body.ContainsKey) is { } field)
        {
            throw EcwidErrors.NotEmulated($"the customer field '{field}'");
        }

        return body;
    }

    /// <summary>Validates everything first, then applies: a 400 never leaves a half-updated customer.</summary>
    public static void Apply(EcwidCustomerRecord customer, JsonObject body, EcwidCall call)
    {
        var changes = new List<Action>();
        if (body.TryGetPropertyValue("email", out var emailNode))
        {
            var email = EcwidFakeRules.ReadEmail(emailNode);
            if (call.Store.FindByEmail(email, customer.Id) is not null)
            {
                throw EcwidErrors.EmailExists();
            }

            changes.Add(() => customer.Email = email);
        }

        if (body.TryGetPropertyValue("customerGroupId", out var groupNode))
        {
            var groupId = EcwidFakeRules.ReadLong(groupNode, "customerGroupId") ?? EcwidStore.GeneralGroupId;
            _ = call.Store.FindGroup(groupId) ?? throw EcwidErrors.WrongParameter($"Customer group #{groupId} not found", "customerGroupId");
            changes.Add(() => customer.GroupId = groupId);
        }

        if (body.TryGetPropertyValue("billingPerson", out var billingNode))
        {
            var billing = ReadBillingPerson(billingNode);
            changes.Add(() => customer.BillingPerson = billing);
        }

        if (body.TryGetPropertyValue("shippingAddresses", out var addressesNode))
        {
            var addresses = ReadAddresses(addressesNode, call.Store);
            changes.Add(() => customer.ShippingAddresses = addresses);
        }

        if (body.TryGetPropertyValue("contacts", out var contactsNode))
        {
            // The old "update customer" behaviour the contact endpoints exist to avoid: the list is replaced wholesale.
            var contacts = ReadContacts(contactsNode, customer, call);
            changes.Add(() => customer.Contacts = contacts);
        }

        changes.AddRange(ReadScalars(body, customer));
        foreach (var change in changes)
        {
            change();
        }
    }

    /// <summary>Ensures the customer's email is also a default EMAIL contact, as every documented example shows (§3.4 [INF]).</summary>
    public static void EnsureEmailContact(EcwidCustomerRecord customer, EcwidCall call)
    {
        if (customer.Contacts.Any(contact => contact.Type == "EMAIL" && string.Equals(contact.Contact, customer.Email, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        foreach (var email in customer.Contacts.Where(contact => contact.Type == "EMAIL"))
        {
            email.IsDefault = false;
            email.OrderBy++;
        }

        customer.Contacts.Add(new EcwidContactRecord
        {
            Id = call.Store.NextContactId(), Contact = customer.Email, Type = "EMAIL", IsDefault = true, OrderBy = 0, Timestamp = call.Now,
        });
    }

    private static IEnumerable<Action> ReadScalars(JsonObject body, EcwidCustomerRecord customer)
    {
        foreach (var name in StringScalars.Where(body.ContainsKey))
        {
            var value = EcwidFakeRules.ReadString(body[name], name);
            yield return () => customer.Scalars[name] = value;
        }

        foreach (var name in BoolScalars.Where(body.ContainsKey))
        {
            var value = EcwidFakeRules.ReadBool(body[name], name);
            yield return () => customer.Scalars[name] = value;
        }

        if (body.TryGetPropertyValue("b2b_b2c", out var kindNode))
        {
            var kind = EcwidFakeRules.ReadString(kindNode, "b2b_b2c") ?? "b2c";
            if (kind is not ("b2b" or "b2c"))
            {
                throw EcwidErrors.WrongParameter("Field 'b2b_b2c' must be b2b or b2c", "b2b_b2c");
            }

            yield return () => customer.Scalars["b2b_b2c"] = kind;
        }
    }

    private static JsonObject? ReadBillingPerson(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject billing || billing.Any(pair => pair.Value is not null && pair.Value.GetValueKind() != JsonValueKind.String))
        {
            throw EcwidErrors.WrongParameter("Field 'billingPerson' must be an object of strings", "billingPerson");
        }

        return (JsonObject)billing.DeepClone();
    }

    private static JsonArray ReadAddresses(JsonNode? node, EcwidStore store)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray array || array.Any(item => item is not JsonObject))
        {
            throw EcwidErrors.WrongParameter("Field 'shippingAddresses' must be an array of objects", "shippingAddresses");
        }

        var addresses = new JsonArray();
        foreach (var item in array.Cast<JsonObject>())
        {
            var address = (JsonObject)item.DeepClone();
            address.Remove("addressFormatted");
            address["id"] = EcwidFakeRules.ReadLong(address["id"], "shippingAddresses.id") ?? store.NextAddressId();
            addresses.Add(address);
        }

        return addresses;
    }

    private static List<EcwidContactRecord> ReadContacts(JsonNode? node, EcwidCustomerRecord customer, EcwidCall call)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray array || array.Any(item => item is not JsonObject))
        {
            throw EcwidErrors.WrongParameter("Field 'contacts' must be an array of objects", "contacts");
        }

        var contacts = new List<EcwidContactRecord>();
        foreach (var item in array.Cast<JsonObject>())
        {
            var id = EcwidFakeRules.ReadLong(item["id"], "contacts.id");
            var previous = customer.Contacts.FirstOrDefault(contact => contact.Id == id);
            var type = EcwidFakeRules.ReadContactType(item["type"], call.Store);
            contacts.Add(new EcwidContactRecord
            {
                Id = previous?.Id ?? call.Store.NextContactId(),
                Contact = EcwidFakeRules.RequireText(item["contact"], "contact"),
                Type = type,
                Handle = EcwidFakeRules.ReadString(item["handle"], "handle"),
                Note = EcwidFakeRules.ReadString(item["note"], "note"),
                IsDefault = EcwidFakeRules.ReadBool(item["default"], "default") ?? false,
                OrderBy = EcwidFakeRules.ReadOrderBy(item["orderBy"]) ?? contacts.Count(contact => contact.Type == type),
                Timestamp = previous?.Timestamp ?? call.Now,
            });
        }

        EcwidContactRules.KeepOneDefaultPerType(contacts);
        return contacts;
    }
}
