using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Wix;

/// <summary>
/// Handles the bulk endpoints (§4): the fake applies the change at once and answers a job id; the job's status
/// (<see cref="WixFakeDefaults.BulkJobPath"/>, UNCONFIRMED) says RUNNING for <see cref="WixFakeOptions.BulkJobDuration"/> on
/// the fake's clock, then COMPLETED with counts. Bulk delete skips site members and reports each in the job's errors.
/// </summary>
internal static class WixBulkEndpoints
{
    public static FakeHttpResponse Delete(WixCall call)
    {
        var targets = Targets(call, call.ReadBody()).ToList();
        var job = Start(call, "DELETE", targets.Count);
        foreach (var contact in targets)
        {
            if (contact.IsMember)
            {
                job.Errors.Add((contact.Id, "CANNOT_DELETE_SITE_MEMBERS", "Site members cannot be deleted"));
                continue;
            }

            call.Store.Contacts.Remove(contact.Id);
        }

        return Started(job);
    }

    /// <summary>Answers a job's status: <c>{"job": {…}}</c>; an unknown id is 404.</summary>
    public static FakeHttpResponse GetJob(WixCall call)
        => call.Store.Jobs.TryGetValue(call.Id, out var job)
            ? WixCall.Ok(new JsonObject { ["job"] = job.ToJson(call.Now) })
            : throw WixErrors.App(404, WixFakeDefaults.JobNotFoundCode, $"Bulk job {call.Id} not found");

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

        return Started(Start(call, "UPDATE", updates.Count));
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

        var targets = Targets(call, body).ToList();
        foreach (var contact in targets)
        {
            var keys = WixContactEndpoints.CurrentLabels(contact).Concat(add).Distinct(StringComparer.Ordinal).Except(remove, StringComparer.Ordinal);
            contact.Info["labelKeys"] = WixContactEndpoints.KeysObject(keys);
            WixContactEndpoints.Touch(contact, call.Now);
        }

        // Wix's job types split adding from removing; a job that does both is reported by what it adds.
        return Started(Start(call, add.Count > 0 ? "ADD_LABELS" : "REMOVE_LABELS", targets.Count));
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

    private static WixFakeJob Start(WixCall call, string type, int total)
    {
        var job = new WixFakeJob { Id = Guid.NewGuid().ToString(), Type = type, StartedDate = call.Now, Duration = call.Options.BulkJobDuration, TotalItems = total };
        call.Store.Jobs[job.Id] = job;
        return job;
    }

    private static FakeHttpResponse Started(WixFakeJob job) => WixCall.Ok(new JsonObject { ["jobId"] = job.Id });
}
