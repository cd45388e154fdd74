using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Wix;

/// <summary>
/// Handles merge and preview-merge (§4.7): no target data is overwritten, the sources' items are appended without
/// duplicates in source order, empty target fields are filled, and the sources are deleted and remembered.
/// </summary>
internal static class WixMergeEndpoints
{
    public static FakeHttpResponse Merge(WixCall call)
    {
        var body = call.ReadBody();
        var target = WixContactEndpoints.Find(call);

        // UNCONFIRMED (§4.7): a stale targetContactRevision answers like a stale update.
        var revision = body["targetContactRevision"] is { } node && int.TryParse(node.ToString(), out var parsed)
            ? parsed
            : throw WixErrors.Invalid("targetContactRevision", "is required");
        WixContactEndpoints.CheckRevision(target, revision);
        var sources = Sources(call, body, target);
        target.Info = Combine(target, sources);
        target.ActivityType = "CONTACT_MERGED";
        target.ActivityDate = call.Now;
        WixContactEndpoints.Touch(target, call.Now);
        foreach (var source in sources)
        {
            call.Store.Contacts.Remove(source.Id);
            call.Store.RecordMerge(source.Id, target.Id);
        }

        return WixCall.Ok(new JsonObject { ["contact"] = WixJson.Contact(target) });
    }

    public static FakeHttpResponse Preview(WixCall call)
    {
        var target = WixContactEndpoints.Find(call);
        var preview = target.Clone();
        preview.Info = Combine(target, Sources(call, call.ReadBody(), target));
        return WixCall.Ok(new JsonObject { ["contact"] = WixJson.Contact(preview) });
    }

    private static List<WixFakeContact> Sources(WixCall call, JsonObject body, WixFakeContact target)
    {
        var ids = (body["sourceContactIds"] as JsonArray ?? throw WixErrors.Invalid("sourceContactIds", "is required"))
            .Select(id => id?.GetValue<string>() ?? string.Empty).ToList();
        if (ids.Count is < 1 or > 5)
        {
            throw WixErrors.Invalid("sourceContactIds", "must have 1 to 5 ids", "OUT_OF_RANGE");
        }

        var sources = new List<WixFakeContact>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (id == target.Id)
            {
                throw WixErrors.App(400, "ILLEGAL_MERGE", "A contact cannot be merged into itself");
            }

            var source = call.Store.Contacts.GetValueOrDefault(id) ?? throw WixErrors.ContactNotFound(id);
            if (source.IsMember)
            {
                throw WixErrors.App(WixErrors.PreconditionStatus, "FAILED_PRECONDITION", $"Contact {id} is a site member and can only be a merge target");
            }

            sources.Add(source);
        }

        return sources;
    }

    private static JsonObject Combine(WixFakeContact target, List<WixFakeContact> sources)
    {
        var info = (JsonObject)target.Info.DeepClone();
        foreach (var source in sources)
        {
            foreach (var (name, value) in source.Info)
            {
                if (value is null)
                {
                    continue;
                }

                switch (name)
                {
                    case "emails":
                        Append(info, name, value, item => item["email"]?.GetValue<string>()?.ToUpperInvariant());
                        break;
                    case "phones":
                        Append(info, name, value, item => item["phone"]?.GetValue<string>());
                        break;
                    case "addresses":
                        Append(info, name, value, item => item["address"]?.ToJsonString());
                        break;
                    case "labelKeys" or "locations":
                        var keys = (info[name]?["items"] as JsonArray ?? []).Concat(value["items"] as JsonArray ?? [])
                            .Select(key => key!.GetValue<string>()).Distinct(StringComparer.Ordinal);
                        info[name] = WixContactEndpoints.KeysObject(keys);
                        break;
                    case "extendedFields":
                        var items = info[name]?["items"] as JsonObject ?? [];
                        foreach (var (key, fieldValue) in value["items"] as JsonObject ?? [])
                        {
                            if (!items.ContainsKey(key))
                            {
                                items[key] = fieldValue?.DeepClone();
                            }
                        }

                        info[name] = new JsonObject { ["items"] = items.Parent is null ? items : (JsonObject)items.DeepClone() };
                        break;
                    default:
                        if (info[name] is null)
                        {
                            info[name] = value.DeepClone();
                        }

                        break;
                }
            }
        }

        return info;
    }

    // Appended items are copies (their ids kept), never marked primary: the target's primary stays.
    private static void Append(JsonObject info, string name, JsonNode value, Func<JsonObject, string?> identity)
    {
        var items = info[name]?["items"] as JsonArray ?? [];
        var seen = items.OfType<JsonObject>().Select(identity).ToHashSet(StringComparer.Ordinal);
        foreach (var item in (value["items"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (seen.Add(identity(item)))
            {
                var copy = (JsonObject)item.DeepClone();
                if (copy.ContainsKey("primary"))
                {
                    copy["primary"] = items.Count == 0;
                }

                items.Add(copy);
            }
        }

        info[name] = new JsonObject { ["items"] = items.Parent is null ? items : (JsonArray)items.DeepClone() };
    }
}
