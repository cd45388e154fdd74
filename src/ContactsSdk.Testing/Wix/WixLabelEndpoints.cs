using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Wix;

/// <summary>Handles the labels API (§5).</summary>
internal static class WixLabelEndpoints
{
    public static FakeHttpResponse FindOrCreate(WixCall call)
    {
        var name = DisplayName(call.ReadBody()["displayName"], "displayName");
        var existing = call.Store.Labels.Values.FirstOrDefault(label => string.Equals(label.DisplayName, name, WixFakeDefaults.NameComparison));
        if (existing is not null)
        {
            return WixCall.Ok(new JsonObject { ["label"] = WixJson.Label(existing), ["newLabel"] = false });
        }

        if (call.Store.CustomLabelCount >= call.Options.MaxLabels)
        {
            throw WixErrors.App(WixErrors.QuotaStatus, "LABELS_QUOTA_REACHED", "The site has reached its labels quota", new JsonObject
            {
                ["labelsQuota"] = call.Options.MaxLabels.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["labelsCurrentTotal"] = call.Store.CustomLabelCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        var label = new WixLabelRecord
        {
            Key = WixStore.NewKey(name, call.Store.Labels.ContainsKey),
            Namespace = "custom",
            DisplayName = name,
            LabelType = "USER_DEFINED",
            CreatedDate = call.Now,
            UpdatedDate = call.Now,
        };
        call.Store.Labels.Add(label.Key, label);
        return WixCall.Ok(new JsonObject { ["label"] = WixJson.Label(label), ["newLabel"] = true });
    }

    public static FakeHttpResponse Get(WixCall call) => WixCall.Ok(new JsonObject { ["label"] = WixJson.Label(Find(call)) });

    public static FakeHttpResponse List(WixCall call)
    {
        var query = WixListQuery.FromGet(call, "labelType");
        return Page(call, query.Filter, query.Sort, query.Paging, WixFakeDefaults.DefaultLabelListSize, "metadata");
    }

    public static FakeHttpResponse Query(WixCall call)
    {
        var query = call.ReadBody()["query"] as JsonObject ?? [];
        return Page(call, query["filter"], query["sort"], query["paging"] as JsonObject, WixFakeDefaults.DefaultLabelListSize, "pagingMetadata");
    }

    public static FakeHttpResponse Rename(WixCall call)
    {
        var label = Find(call);
        var body = call.ReadBody();
        var name = DisplayName(body["label"]?["displayName"] ?? body["displayName"], "label.displayName");
        if (label.LabelType == "SYSTEM")
        {
            throw WixErrors.App(400, WixErrors.SystemLabelCode, "System labels cannot be renamed");
        }

        label.DisplayName = name;
        label.UpdatedDate = call.Now;
        return WixCall.Ok(new JsonObject { ["label"] = WixJson.Label(label) });
    }

    /// <summary>Deletes a label and removes it from every contact (§5), without touching their revisions.</summary>
    public static FakeHttpResponse Delete(WixCall call)
    {
        var label = Find(call);
        if (label.LabelType == "SYSTEM")
        {
            throw WixErrors.App(400, WixErrors.SystemLabelCode, "System labels cannot be deleted");
        }

        call.Store.Labels.Remove(label.Key);
        foreach (var contact in call.Store.Contacts.Values)
        {
            var keys = WixContactEndpoints.CurrentLabels(contact);
            if (keys.Remove(label.Key))
            {
                contact.Info["labelKeys"] = WixContactEndpoints.KeysObject(keys);
            }
        }

        return WixCall.Ok([]);
    }

    public static string DisplayName(JsonNode? node, string field, int max = 180)
    {
        var name = node?.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>().Trim() : null;
        return string.IsNullOrEmpty(name) ? throw WixErrors.Invalid(field, "is required")
            : name.Length > max ? throw WixErrors.Invalid(field, $"must be at most {max} characters", "OUT_OF_RANGE")
            : name;
    }

    private static WixLabelRecord Find(WixCall call)
        => call.Store.Labels.GetValueOrDefault(call.Id)
            ?? throw WixErrors.App(404, WixErrors.UnknownLabelCode, $"Label '{call.Id}' does not exist");

    private static FakeHttpResponse Page(WixCall call, JsonNode? filter, JsonNode? sort, JsonObject? paging, int defaultLimit, string metadataName)
    {
        var (limit, offset) = WixContactEndpoints.ReadPaging(paging, defaultLimit, WixFakeDefaults.MaxLabelPageSize, "INVALID_ARGUMENT");
        var engine = WixFilterMatrix.Labels();
        var predicate = engine.Compile(filter);
        var sorted = engine.Sort(call.Store.Labels.Values.Select(WixJson.Label).Where(predicate), sort, "displayName").ToList();
        var page = sorted.Skip(offset).Take(limit).ToList();
        return WixCall.Ok(new JsonObject { ["labels"] = WixJson.Array(page), [metadataName] = WixJson.Paging(page.Count, offset, sorted.Count) });
    }
}
