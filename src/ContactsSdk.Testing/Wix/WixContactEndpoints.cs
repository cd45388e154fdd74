using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Wix;

/// <summary>Handles the contact endpoints of spec §4.</summary>
internal static class WixContactEndpoints
{
    private const int MaxSearchLength = 100;

    /// <summary>Handles <c>POST /contacts/v4/contacts</c> (§4.1).</summary>
    public static FakeHttpResponse Create(WixCall call)
    {
        var body = call.ReadBody();
        var info = WixInfoRules.Apply(body["info"] as JsonObject, [], call.Store);
        WixInfoRules.RequireNameEmailOrPhone(info, "INSUFFICIENT_CONTACT_DATA");
        CheckDuplicate(call, body, info, exceptId: null);
        var contact = new WixFakeContact
        {
            Id = Guid.NewGuid().ToString(),
            CreatedDate = call.Now,
            UpdatedDate = call.Now,
            ActivityDate = call.Now,
            Info = info,
        };
        call.Store.Contacts.Add(contact.Id, contact);
        return Answer(contact);
    }

    /// <summary>Handles <c>GET /contacts/v4/contacts/{id}</c>; a merged-away id answers its target with <c>MERGED</c> (§4.2).</summary>
    public static FakeHttpResponse Get(WixCall call)
    {
        var projection = Projection(call.Query.GetAll("fields"), call.Query.GetAll("fieldsets"));
        var responseType = "REGULAR";
        if (!call.Store.Contacts.TryGetValue(call.Id, out var contact))
        {
            if (!call.Store.MergedInto.TryGetValue(call.Id, out var targetId) || !call.Store.Contacts.TryGetValue(targetId, out contact))
            {
                throw WixErrors.ContactNotFound(call.Id);
            }

            responseType = "MERGED";
        }

        return WixCall.Ok(new JsonObject { ["contact"] = WixJson.Contact(contact, projection), ["responseType"] = responseType });
    }

    /// <summary>Handles <c>PATCH /contacts/v4/contacts/{id}</c> (§4.3).</summary>
    public static FakeHttpResponse Update(WixCall call)
    {
        var contact = Find(call);
        var body = call.ReadBody();
        var revision = body["revision"] is { } node && int.TryParse(node.ToString(), out var parsed)
            ? parsed
            : throw WixErrors.Invalid("revision", "is required");
        if (body["info"] is not JsonObject input)
        {
            throw WixErrors.Invalid("info", "is required");
        }

        CheckRevision(contact, revision);
        var info = WixInfoRules.Apply(input, contact.Info, call.Store);
        WixInfoRules.RequireNameEmailOrPhone(info, "INSUFFICIENT_CONTACT_DATA");
        if (contact.IsMember && WixJson.PrimaryValue(info, "emails", "email") != WixJson.PrimaryValue(contact.Info, "emails", "email"))
        {
            throw WixErrors.App(428, "CANNOT_UPDATE_MEMBER_EMAIL", "A site member's primary email changes through the Members API");
        }

        if (input.ContainsKey("emails") || input.ContainsKey("phones"))
        {
            CheckDuplicate(call, body, info, contact.Id);
        }

        contact.Info = info;
        Touch(contact, call.Now);
        return Answer(contact);
    }

    /// <summary>Handles <c>DELETE /contacts/v4/contacts/{id}</c> (§4.4); an unknown id answers CONTACT_NOT_FOUND (UNCONFIRMED).</summary>
    public static FakeHttpResponse Delete(WixCall call)
    {
        var contact = Find(call);
        if (contact.IsMember)
        {
            throw WixErrors.App(WixErrors.PreconditionStatus, "CANNOT_DELETE_MEMBER", "Delete the site member first");
        }

        call.Store.Contacts.Remove(contact.Id);
        return WixCall.Ok([]);
    }

    /// <summary>Handles <c>GET /contacts/v4/contacts</c> (List): sort and paging from dotted query parameters.</summary>
    public static FakeHttpResponse List(WixCall call)
    {
        JsonNode? sort = call.Query.Get("sort.fieldName") is { } field
            ? new JsonArray(new JsonObject { ["fieldName"] = field, ["order"] = call.Query.Get("sort.order") ?? "ASC" })
            : null;
        var paging = new JsonObject { ["limit"] = call.QueryInt("paging.limit"), ["offset"] = call.QueryInt("paging.offset") };
        return Page(call, filter: null, search: null, sort, paging, Projection(call.Query.GetAll("fields"), call.Query.GetAll("fieldsets")));
    }

    /// <summary>Handles <c>POST /contacts/v4/contacts/query</c> (§4.5).</summary>
    public static FakeHttpResponse Query(WixCall call)
    {
        var body = call.ReadBody();
        var query = body["query"] as JsonObject ?? [];
        if (query["cursorPaging"] is not null)
        {
            throw WixErrors.Invalid("query.cursorPaging", "Contacts v4 Query pages by offset only");
        }

        var projection = Projection(Strings(query["fields"]), Strings(query["fieldsets"]));
        return Page(call, query["filter"], body["search"]?.GetValue<string>(), query["sort"], query["paging"] as JsonObject, projection);
    }

    /// <summary>Handles <c>POST …/{id}/labels</c> (§4.6); the revision goes up (the spec's recommendation).</summary>
    public static FakeHttpResponse Label(WixCall call)
    {
        var contact = Find(call);
        var keys = LabelKeys(call.ReadBody()["labelKeys"], call.Store);
        var current = CurrentLabels(contact);
        contact.Info["labelKeys"] = KeysObject(current.Concat(keys).Distinct(StringComparer.Ordinal));
        Touch(contact, call.Now);
        return Answer(contact);
    }

    /// <summary>Handles <c>DELETE …/{id}/labels</c>: keys as repeated query parameters or, as the old docs show, a JSON body.</summary>
    public static FakeHttpResponse Unlabel(WixCall call)
    {
        var contact = Find(call);
        var keys = call.Query.GetAll("labelKeys") is { Count: > 0 } fromQuery
            ? fromQuery
            : LabelKeys(call.ReadBody()["labelKeys"], call.Store, requireExisting: false);
        if (keys.Count == 0)
        {
            throw WixErrors.Invalid("labelKeys", "at least one label key is required");
        }

        contact.Info["labelKeys"] = KeysObject(CurrentLabels(contact).Except(keys, StringComparer.Ordinal));
        Touch(contact, call.Now);
        return Answer(contact);
    }

    public static WixFakeContact Find(WixCall call)
        => call.Store.Contacts.TryGetValue(call.Id, out var contact) ? contact : throw WixErrors.ContactNotFound(call.Id);

    public static void Touch(WixFakeContact contact, DateTimeOffset now)
    {
        contact.Revision++;
        contact.UpdatedDate = now;
    }

    public static void CheckRevision(WixFakeContact contact, int revision)
    {
        if (revision != contact.Revision)
        {
            throw WixErrors.App(409, "CONTACT_ALREADY_CHANGED", "Contact has been updated since the requested revision.");
        }
    }

    public static List<string> CurrentLabels(WixFakeContact contact)
        => [.. (contact.Info["labelKeys"]?["items"] as JsonArray ?? []).Select(node => node!.GetValue<string>())];

    public static JsonObject KeysObject(IEnumerable<string> keys)
        => new() { ["items"] = new JsonArray([.. keys.Select(key => (JsonNode?)key)]) };

    public static List<string> LabelKeys(JsonNode? node, WixStore store, bool requireExisting = true)
    {
        var keys = node as JsonArray ?? throw WixErrors.Invalid("labelKeys", "must be an array");
        if (keys.Count is < 1 or > 100)
        {
            throw WixErrors.Invalid("labelKeys", "must have 1 to 100 keys", "OUT_OF_RANGE");
        }

        var list = keys.Select(key => key?.GetValue<string>() ?? string.Empty).ToList();
        var unknown = list.FirstOrDefault(key => !store.Labels.ContainsKey(key));
        return requireExisting && unknown is not null
            ? throw WixErrors.App(400, WixErrors.UnknownLabelCode, $"Label '{unknown}' does not exist")
            : list;
    }

    public static IEnumerable<WixFakeContact> Matching(WixCall call, JsonNode? filter, string? search)
    {
        var predicate = WixFilterMatrix.Contacts(call.Store).Compile(filter);
        if (search is { Length: > MaxSearchLength })
        {
            throw WixErrors.Invalid("search", $"must be at most {MaxSearchLength} characters", "OUT_OF_RANGE");
        }

        return call.Store.Contacts.Values.Where(contact => predicate(WixJson.Contact(contact)) && MatchesSearch(contact, search));
    }

    public static IReadOnlySet<string>? Projection(IReadOnlyList<string> fields, IReadOnlyList<string> fieldsets)
    {
        if (fields.Count == 0 && fieldsets.Count == 0)
        {
            return null;
        }

        if (fields.Count > 100 || fieldsets.Count > 10)
        {
            throw WixErrors.Invalid("fields", "at most 100 fields and 10 fieldsets", "OUT_OF_RANGE");
        }

        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            paths.Add(WixJson.AllFields.Contains(field) ? field : throw WixErrors.Invalid("fields", $"unknown field '{field}'"));
        }

        foreach (var fieldset in fieldsets)
        {
            paths.UnionWith(WixJson.Fieldsets.TryGetValue(fieldset, out var members) ? members : throw WixErrors.Invalid("fieldsets", $"unknown fieldset '{fieldset}'"));
        }

        return paths;
    }

    public static (int Limit, int Offset) ReadPaging(JsonObject? paging, int defaultLimit, int maxLimit, string limitCode)
    {
        var limit = paging?["limit"]?.GetValue<int>() ?? defaultLimit;
        var offset = paging?["offset"]?.GetValue<int>() ?? 0;
        if (limit < 0 || limit > maxLimit)
        {
            throw WixErrors.App(400, limitCode, $"paging.limit must be between 0 and {maxLimit}");
        }

        return (limit == 0 ? defaultLimit : limit, offset < 0 ? throw WixErrors.Invalid("paging.offset", "cannot be negative") : offset);
    }

    private static FakeHttpResponse Page(
        WixCall call, JsonNode? filter, string? search, JsonNode? sort, JsonObject? paging, IReadOnlySet<string>? projection)
    {
        var (limit, offset) = ReadPaging(paging, WixFakeDefaults.DefaultContactPageSize, WixFakeDefaults.MaxContactPageSize, "ILLEGAL_LIMIT");
        var engine = WixFilterMatrix.Contacts(call.Store);
        var matching = Matching(call, filter, search).ToDictionary(contact => contact.Id, StringComparer.Ordinal);
        var sorted = engine.Sort(matching.Values.Select(contact => WixJson.Contact(contact)), sort, WixFakeDefaults.DefaultSortField).ToList();
        var page = sorted.Skip(offset).Take(limit).Select(json => WixJson.Contact(matching[json["id"]!.GetValue<string>()], projection)).ToList();
        return WixCall.Ok(new JsonObject
        {
            ["contacts"] = WixJson.Array(page),
            ["pagingMetadata"] = WixJson.Paging(page.Count, offset, sorted.Count),
        });
    }

    // Plain-text search (§4.5) [INF]: case-insensitive equality with a first or last name, an email or a phone.
    private static bool MatchesSearch(WixFakeContact contact, string? search)
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return true;
        }

        var term = search.Trim();
        var values = new[] { contact.Info["name"]?["first"]?.GetValue<string>(), contact.Info["name"]?["last"]?.GetValue<string>() }
            .Concat(WixJson.Items(contact.Info, "emails").Select(item => item["email"]?.GetValue<string>()))
            .Concat(WixJson.Items(contact.Info, "phones").Select(item => item["phone"]?.GetValue<string>()));
        return values.Any(value => string.Equals(value, term, StringComparison.OrdinalIgnoreCase));
    }

    private static void CheckDuplicate(WixCall call, JsonObject body, JsonObject info, string? exceptId)
    {
        if (body["allowDuplicates"]?.GetValue<bool>() == true)
        {
            return;
        }

        if (WixInfoRules.FindDuplicate(call.Store, info, exceptId, out var email, out var phone) is { } existing)
        {
            throw WixInfoRules.Duplicate(existing, email, phone);
        }
    }

    private static List<string> Strings(JsonNode? node) => [.. (node as JsonArray ?? []).Select(item => item?.GetValue<string>() ?? string.Empty)];

    private static FakeHttpResponse Answer(WixFakeContact contact) => WixCall.Ok(new JsonObject { ["contact"] = WixJson.Contact(contact) });
}
