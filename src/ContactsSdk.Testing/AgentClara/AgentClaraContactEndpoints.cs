using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Handles the contact operations of the proposed contract (§2.1, §2.3).
/// </summary>
internal static class AgentClaraContactEndpoints
{
    private const int ListDefaultLimit = 25;
    private const int SearchDefaultLimit = 10;

    private static readonly string[] ContactFields = ["name", "email", "phone", "tags", "custom_fields"];

    /// <summary>Handles <c>GET /contacts</c>: filter by search and tag, sort, then page.</summary>
    public static FakeHttpResponse List(AgentClaraCall call)
    {
        var limit = AgentClaraRules.ReadLimit(call.Query, ListDefaultLimit);
        var offset = AgentClaraRules.ReadOffset(call.Query);
        var sorted = Sort(Filter(call.Store.Contacts, call.Query), call.Query.Get("sort")).ToList();
        return Page(call, sorted, limit, offset);
    }

    /// <summary>Handles <c>GET /contacts/search</c>: exact email matches first, then substring matches, newest first.</summary>
    public static FakeHttpResponse Search(AgentClaraCall call)
    {
        var q = call.Query.Get("q");
        if (string.IsNullOrWhiteSpace(q))
        {
            throw AgentClaraErrors.Invalid("q is required", "q");
        }

        var limit = AgentClaraRules.ReadLimit(call.Query, SearchDefaultLimit);
        var term = q.Trim();
        var matches = call.Store.Contacts
            .Where(contact => Contains(contact.Name, term) || Contains(contact.Email, term))
            .OrderBy(contact => string.Equals(contact.Email, term, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenByDescending(contact => contact.CreatedAt)
            .ThenBy(contact => contact.Id, StringComparer.Ordinal)
            .ToList();
        return Page(call, matches, limit, offset: 0);
    }

    /// <summary>Handles <c>GET /contacts/{id}</c>.</summary>
    public static FakeHttpResponse Get(AgentClaraCall call) =>
        Ok(call, FindOrThrow(call));

    /// <summary>Handles <c>POST /contacts</c>: 201 with the new contact.</summary>
    public static FakeHttpResponse Create(AgentClaraCall call)
    {
        var body = call.ReadBody(ContactFields);
        var contact = new AgentClaraContact
        {
            Id = FakeIds.Create("cust_"),
            Name = AgentClaraRules.RequireName(body["name"], "name"),
            Email = AgentClaraRules.ReadEmail(body["email"]),
            Phone = AgentClaraRules.ReadPhone(body["phone"]),
            Tags = AgentClaraRules.ReadTags(body["tags"]),
            CustomFields = AgentClaraRules.MergeCustomFields(
                new Dictionary<string, JsonNode>(),
                AgentClaraRules.ReadCustomFields(body["custom_fields"])),
            CreatedAt = call.Now,
            UpdatedAt = call.Now,
        };
        call.Store.Add(contact);
        return FakeHttpResponse.Json(201, AgentClaraJson.Success(AgentClaraJson.Contact(contact, call.Store)));
    }

    /// <summary>Handles <c>PATCH</c> and <c>PUT /contacts/{id}</c>: only keys present change; any change bumps <c>updated_at</c>.</summary>
    public static FakeHttpResponse Update(AgentClaraCall call)
    {
        var contact = FindOrThrow(call);
        var body = call.ReadBody(ContactFields);

        // Everything is validated before anything is applied, so a 400 never leaves a half-updated contact.
        var name = body.TryGetPropertyValue("name", out var nameNode)
            ? AgentClaraRules.RequireName(nameNode, "name")
            : contact.Name;
        var email = body.TryGetPropertyValue("email", out var emailNode)
            ? AgentClaraRules.ReadEmail(emailNode)
            : contact.Email;
        var phone = body.TryGetPropertyValue("phone", out var phoneNode)
            ? AgentClaraRules.ReadPhone(phoneNode)
            : contact.Phone;
        var tags = body.TryGetPropertyValue("tags", out var tagsNode)
            ? AgentClaraRules.ReadTags(tagsNode)
            : contact.Tags;
        var fields = body.TryGetPropertyValue("custom_fields", out var fieldsNode)
            ? AgentClaraRules.MergeCustomFields(contact.CustomFields, AgentClaraRules.ReadCustomFields(fieldsNode))
            : contact.CustomFields;

        var changed = name != contact.Name
            || email != contact.Email
            || phone != contact.Phone
            || !tags.SequenceEqual(contact.Tags, StringComparer.Ordinal)
            || !AgentClaraRules.SameCustomFields(fields, contact.CustomFields);
        if (changed)
        {
            (contact.Name, contact.Email, contact.Phone, contact.Tags, contact.CustomFields) = (name, email, phone, tags, fields);
            contact.UpdatedAt = call.Now;
        }

        return Ok(call, contact);
    }

    /// <summary>Handles <c>DELETE /contacts/{id}</c>: the contact goes, its conversations stay.</summary>
    public static FakeHttpResponse Delete(AgentClaraCall call)
    {
        if (!call.Store.RemoveContact(call.Id))
        {
            throw AgentClaraErrors.ContactNotFound();
        }

        var data = new JsonObject { ["id"] = call.Id, ["deleted"] = true };
        return FakeHttpResponse.Json(200, AgentClaraJson.Success(data));
    }

    /// <summary>Handles <c>GET /contacts/{id}/conversations</c>: the same items as <c>GET /conversations?customer_id=</c>.</summary>
    public static FakeHttpResponse ListConversations(AgentClaraCall call)
    {
        var contact = FindOrThrow(call);
        var limit = AgentClaraRules.ReadLimit(call.Query, ListDefaultLimit);
        var offset = AgentClaraRules.ReadOffset(call.Query);
        var conversations = AgentClaraConversationEndpoints.NewestFirst(call.Store.ConversationsOf(contact.Id)).ToList();
        return AgentClaraConversationEndpoints.Page(call, conversations, limit, offset);
    }

    private static AgentClaraContact FindOrThrow(AgentClaraCall call) =>
        call.Store.FindContact(call.Id) ?? throw AgentClaraErrors.ContactNotFound();

    private static FakeHttpResponse Ok(AgentClaraCall call, AgentClaraContact contact) =>
        FakeHttpResponse.Json(200, AgentClaraJson.Success(AgentClaraJson.Contact(contact, call.Store)));

    private static FakeHttpResponse Page(AgentClaraCall call, List<AgentClaraContact> matches, int limit, int offset)
    {
        var items = matches.Skip(offset).Take(limit).Select(contact => AgentClaraJson.ContactListItem(contact, call.Store)).ToList();
        var body = AgentClaraJson.Page(items, new AgentClaraPage(limit, offset, matches.Count), call.EmitPagination);
        return FakeHttpResponse.Json(200, body);
    }

    private static IEnumerable<AgentClaraContact> Filter(IEnumerable<AgentClaraContact> contacts, FakeQuery query)
    {
        var search = query.Get("search");
        if (!string.IsNullOrEmpty(search))
        {
            contacts = contacts.Where(contact => Contains(contact.Name, search) || Contains(contact.Email, search));
        }

        var tag = query.Get("tag");
        if (!string.IsNullOrEmpty(tag))
        {
            contacts = contacts.Where(contact => contact.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase));
        }

        return contacts;
    }

    private static IEnumerable<AgentClaraContact> Sort(IEnumerable<AgentClaraContact> contacts, string? sort)
    {
        var ordered = (sort ?? "created") switch
        {
            "created" => contacts.OrderByDescending(contact => contact.CreatedAt),
            "updated" => contacts.OrderByDescending(contact => contact.UpdatedAt),
            "name" => contacts.OrderBy(contact => contact.Name, StringComparer.OrdinalIgnoreCase),
            _ => throw AgentClaraErrors.Invalid("sort must be one of: created, updated, name", "sort"),
        };
        return ordered.ThenBy(contact => contact.Id, StringComparer.Ordinal);
    }

    private static bool Contains(string? value, string term) =>
        value is not null && value.Contains(term, StringComparison.OrdinalIgnoreCase);
}
