using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Wix;

/// <summary>
/// Handles the bulk endpoints (§4): the fake applies the change at once and answers a job id; it does not emulate the
/// legacy job-status endpoints (UNCONFIRMED), as the spec allows. Members are skipped by bulk delete, as a job would report.
/// </summary>
internal static class WixBulkEndpoints
{
    public static FakeHttpResponse Delete(WixCall call)
    {
        foreach (var contact in Targets(call, call.ReadBody()).Where(contact => !contact.IsMember).ToList())
        {
            call.Store.Contacts.Remove(contact.Id);
        }

        return Job();
    }

    public static FakeHttpResponse Update(WixCall call)
    {
        var body = call.ReadBody();
        var input = body["info"] as JsonObject ?? throw WixErrors.Invalid("info", "is required");
        var targets = Targets(call, body).ToList();
        var updates = targets.Select(contact => (contact, info: WixInfoRules.Apply(input, contact.Info, call.Store))).ToList();
        foreach (var (contact, info) in updates)
        {
            contact.Info = info;
            WixContactEndpoints.Touch(contact, call.Now);
        }

        return Job();
    }

    public static FakeHttpResponse AddRemoveLabels(WixCall call)
    {
        var body = call.ReadBody();
        var add = Keys(body["labelKeysToAdd"], call.Store, mustExist: true);
        var remove = Keys(body["labelKeysToRemove"], call.Store, mustExist: false);
        if (add.Count + remove.Count == 0)
        {
            throw WixErrors.Invalid("labelKeysToAdd", "labelKeysToAdd or labelKeysToRemove is required");
        }

        foreach (var contact in Targets(call, body).ToList())
        {
            var keys = WixContactEndpoints.CurrentLabels(contact).Concat(add).Distinct(StringComparer.Ordinal).Except(remove, StringComparer.Ordinal);
            contact.Info["labelKeys"] = WixContactEndpoints.KeysObject(keys);
            WixContactEndpoints.Touch(contact, call.Now);
        }

        return Job();
    }

    private static IEnumerable<WixFakeContact> Targets(WixCall call, JsonObject body)
    {
        var search = body["search"]?.GetValue<string>();
        if (body["filter"] is null && string.IsNullOrWhiteSpace(search))
        {
            throw WixErrors.App(400, "NEITHER_FILTER_NOR_SEARCH", "A filter or a search is required");
        }

        return WixContactEndpoints.Matching(call, body["filter"], search);
    }

    private static List<string> Keys(JsonNode? node, WixStore store, bool mustExist)
    {
        var keys = (node as JsonArray ?? []).Select(key => key?.GetValue<string>() ?? string.Empty).ToList();
        if (keys.Count > 100)
        {
            throw WixErrors.Invalid("labelKeys", "at most 100 keys", "OUT_OF_RANGE");
        }

        var unknown = keys.FirstOrDefault(key => !store.Labels.ContainsKey(key));
        return mustExist && unknown is not null ? throw WixErrors.App(400, WixErrors.UnknownLabelCode, $"Label '{unknown}' does not exist") : keys;
    }

    private static FakeHttpResponse Job() => WixCall.Ok(new JsonObject { ["jobId"] = Guid.NewGuid().ToString() });
}
