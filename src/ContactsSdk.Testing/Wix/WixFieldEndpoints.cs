using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Wix;

/// <summary>Handles the extended-fields API (§6).</summary>
internal static class WixFieldEndpoints
{
    private static readonly HashSet<string> DataTypes = new(StringComparer.Ordinal) { "TEXT", "NUMBER", "DATE", "URL" };

    public static FakeHttpResponse FindOrCreate(WixCall call)
    {
        var body = call.ReadBody();
        var name = WixLabelEndpoints.DisplayName(body["displayName"], "displayName", 150);
        var dataType = body["dataType"]?.GetValue<string>() ?? WixFakeDefaults.DefaultDataType;
        if (!DataTypes.Contains(dataType))
        {
            throw WixErrors.Invalid("dataType", "must be TEXT, NUMBER, DATE or URL");
        }

        // An exact display-name match wins and the requested dataType is ignored (§6).
        var existing = call.Store.Fields.Values.FirstOrDefault(field => string.Equals(field.DisplayName, name, WixFakeDefaults.NameComparison));
        if (existing is not null)
        {
            return WixCall.Ok(new JsonObject { ["field"] = WixJson.Field(existing), ["newField"] = false });
        }

        if (call.Store.CustomFieldCount >= call.Options.MaxCustomFields)
        {
            throw WixErrors.App(WixErrors.QuotaStatus, "FIELDS_QUOTA_EXCEEDED", $"A site has at most {call.Options.MaxCustomFields} custom fields");
        }

        var created = new WixFieldRecord
        {
            Key = WixStore.NewKey(name, call.Store.Fields.ContainsKey),
            Namespace = "custom",
            DisplayName = name,
            DataType = dataType,
            FieldType = "USER_DEFINED",
            CreatedDate = call.Now,
            UpdatedDate = call.Now,
        };
        call.Store.Fields.Add(created.Key, created);
        return WixCall.Ok(new JsonObject { ["field"] = WixJson.Field(created), ["newField"] = true });
    }

    public static FakeHttpResponse Get(WixCall call) => WixCall.Ok(new JsonObject { ["field"] = WixJson.Field(Find(call)) });

    public static FakeHttpResponse List(WixCall call)
    {
        var query = WixListQuery.FromGet(call, "fieldType");
        return Page(call, query.Filter, query.Sort, query.Paging, "metadata");
    }

    public static FakeHttpResponse Query(WixCall call)
    {
        var query = call.ReadBody()["query"] as JsonObject ?? [];
        return Page(call, query["filter"], query["sort"], query["paging"] as JsonObject, "pagingMetadata");
    }

    public static FakeHttpResponse Rename(WixCall call)
    {
        var field = Find(call);
        var body = call.ReadBody();
        var name = WixLabelEndpoints.DisplayName(body["field"]?["displayName"] ?? body["displayName"], "field.displayName", 150);
        if (field.FieldType == "SYSTEM")
        {
            throw WixErrors.App(400, "CANNOT_UPDATE_SYSTEM_FIELD", "System fields cannot be renamed");
        }

        field.DisplayName = name;
        field.UpdatedDate = call.Now;
        return WixCall.Ok(new JsonObject { ["field"] = WixJson.Field(field) });
    }

    /// <summary>Deletes a field and its values on every contact (§6).</summary>
    public static FakeHttpResponse Delete(WixCall call)
    {
        var field = Find(call);
        if (field.FieldType == "SYSTEM")
        {
            throw WixErrors.App(400, "CANNOT_DELETE_SYSTEM_FIELD", "System fields cannot be deleted");
        }

        call.Store.Fields.Remove(field.Key);
        foreach (var contact in call.Store.Contacts.Values)
        {
            (contact.Info["extendedFields"]?["items"] as JsonObject)?.Remove(field.Key);
        }

        return WixCall.Ok([]);
    }

    private static WixFieldRecord Find(WixCall call)
        => call.Store.Fields.GetValueOrDefault(call.Id)
            ?? throw WixErrors.App(404, WixErrors.UnknownFieldCode, $"Extended field '{call.Id}' does not exist");

    private static FakeHttpResponse Page(WixCall call, JsonNode? filter, JsonNode? sort, JsonObject? paging, string metadataName)
    {
        var (limit, offset) = WixContactEndpoints.ReadPaging(paging, WixFakeDefaults.DefaultFieldListSize, WixFakeDefaults.MaxFieldPageSize, "INVALID_ARGUMENT");
        var engine = WixFilterMatrix.Fields();
        var predicate = engine.Compile(filter);
        var sorted = engine.Sort(call.Store.Fields.Values.Select(WixJson.Field).Where(predicate), sort, "displayName").ToList();
        var page = sorted.Skip(offset).Take(limit).ToList();
        return WixCall.Ok(new JsonObject { ["fields"] = WixJson.Array(page), [metadataName] = WixJson.Paging(page.Count, offset, sorted.Count) });
    }
}
