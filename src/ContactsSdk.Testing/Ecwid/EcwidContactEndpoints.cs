using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Ecwid;

/// <summary>
/// Handles the customer-contact operations (spec §5.6–§5.10) with the recommended rules [INF]: one default per type,
/// <c>orderBy</c> per type, no promotion on delete, and the customer's <c>email</c> kept independent of its EMAIL contacts.
/// </summary>
internal static class EcwidContactEndpoints
{
    private static readonly string[] Fields = ["contact", "type", "handle", "note", "default", "orderBy"];
    private static readonly string[] ServerSet = ["id", "timestamp"];

    /// <summary>Handles <c>GET /customers/{id}/contacts</c>: <c>{"items": […]}</c>, with no paging fields.</summary>
    public static FakeHttpResponse Search(EcwidCall call)
    {
        var items = EcwidJson.Ordered(call.Customer().Contacts).Select(contact => (JsonNode?)EcwidJson.Contact(contact));
        return FakeHttpResponse.Json(200, new JsonObject { ["items"] = new JsonArray([.. items]) }.ToJsonString());
    }

    public static FakeHttpResponse Get(EcwidCall call) => FakeHttpResponse.Json(200, EcwidJson.Contact(Find(call, call.Customer())).ToJsonString());

    /// <summary>Handles <c>POST /customers/{id}/contacts</c>: answers only <c>{"createCount": 1}</c>, as documented.</summary>
    public static FakeHttpResponse Create(EcwidCall call)
    {
        var customer = call.Customer();
        var body = call.ReadBody(Fields, ServerSet);
        var type = EcwidFakeRules.ReadContactType(body["type"], call.Store);
        var contact = new EcwidContactRecord
        {
            Id = call.Store.NextContactId(),
            Contact = EcwidFakeRules.RequireText(body["contact"], "contact"),
            Type = type,
            Handle = EcwidFakeRules.ReadString(body["handle"], "handle"),
            Note = EcwidFakeRules.ReadString(body["note"], "note"),
            OrderBy = EcwidFakeRules.ReadOrderBy(body["orderBy"]) ?? EcwidContactRules.NextOrderBy(customer.Contacts, type),
            Timestamp = call.Now,
        };
        var isFirstOfType = !customer.Contacts.Any(existing => existing.Type == type);
        customer.Contacts.Add(contact);
        if (EcwidFakeRules.ReadBool(body["default"], "default") == true || isFirstOfType)
        {
            EcwidContactRules.MakeDefault(customer.Contacts, contact);
        }

        customer.Updated = call.Now;
        return FakeHttpResponse.Json(200, EcwidJson.Count("createCount", 1));
    }

    /// <summary>Handles <c>PUT /customers/{id}/contacts/{contactId}</c>: only the fields sent change.</summary>
    public static FakeHttpResponse Update(EcwidCall call)
    {
        var customer = call.Customer();
        var contact = Find(call, customer);
        var body = call.ReadBody(Fields, ServerSet);

        // Everything is validated before anything is applied.
        var type = body.ContainsKey("type") ? EcwidFakeRules.ReadContactType(body["type"], call.Store) : contact.Type;
        var value = body.ContainsKey("contact") ? EcwidFakeRules.RequireText(body["contact"], "contact") : contact.Contact;
        var handle = body.ContainsKey("handle") ? EcwidFakeRules.ReadString(body["handle"], "handle") : contact.Handle;
        var note = body.ContainsKey("note") ? EcwidFakeRules.ReadString(body["note"], "note") : contact.Note;
        var orderBy = EcwidFakeRules.ReadOrderBy(body["orderBy"]) ?? contact.OrderBy;
        var isDefault = EcwidFakeRules.ReadBool(body["default"], "default") ?? contact.IsDefault;

        (contact.Type, contact.Contact, contact.Handle, contact.Note, contact.OrderBy, contact.IsDefault) = (type, value, handle, note, orderBy, false);
        if (isDefault)
        {
            EcwidContactRules.MakeDefault(customer.Contacts, contact);
        }

        customer.Updated = call.Now;
        return FakeHttpResponse.Json(200, EcwidJson.Count("updateCount", 1));
    }

    /// <summary>Handles <c>DELETE /customers/{id}/contacts/{contactId}</c>: 404 when unknown; no other contact becomes default.</summary>
    public static FakeHttpResponse Delete(EcwidCall call)
    {
        var customer = call.Customer();
        customer.Contacts.Remove(Find(call, customer));
        customer.Updated = call.Now;
        return FakeHttpResponse.Json(200, EcwidJson.Count("deleteCount", 1));
    }

    // A contact of another customer is not found (§5.7 [INF]).
    private static EcwidContactRecord Find(EcwidCall call, EcwidCustomerRecord customer) =>
        customer.Contacts.FirstOrDefault(contact => contact.Id == call.ContactId) ?? throw EcwidErrors.ContactNotFound(call.ContactId);
}
