using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Ecwid;

/// <summary>Handles the customer-group operations (spec §5.11); the General group (id 0) is listed and cannot be changed.</summary>
internal static class EcwidGroupEndpoints
{
    /// <summary>[UNCONFIRMED §5.11] 100 per the current docs, 1000 per the older ones; the fake clamps to 1000.</summary>
    public const int MaxLimit = 1000;

    private const int DefaultLimit = 100;
    private static readonly string[] Fields = ["name", "externalReferenceId"];

    public static FakeHttpResponse Search(EcwidCall call)
    {
        var ids = EcwidFakeRules.ReadIds(call.Query, "customerGroupId", "customerGroupIds");
        var keyword = call.Query.Get("keyword");
        var offset = EcwidFakeRules.ReadInt(call.Query, "offset", 0, min: 0);
        var limit = Math.Min(EcwidFakeRules.ReadInt(call.Query, "limit", DefaultLimit, min: 1), MaxLimit);
        var matches = call.Store.Groups
            .Where(group => ids is null || ids.Contains(group.Id))
            .Where(group => string.IsNullOrEmpty(keyword) || group.Name.Contains(keyword, StringComparison.OrdinalIgnoreCase))
            .OrderBy(group => group.Id)
            .ToList();
        var items = matches.Skip(offset).Take(limit).Select(EcwidJson.Group).ToList();
        return FakeHttpResponse.Json(200, EcwidJson.Envelope(items, matches.Count, offset, limit));
    }

    public static FakeHttpResponse Get(EcwidCall call) => FakeHttpResponse.Json(200, EcwidJson.Group(Find(call)).ToJsonString());

    public static FakeHttpResponse Create(EcwidCall call)
    {
        var body = call.ReadBody(Fields);
        var group = new EcwidGroupRecord
        {
            Id = call.Store.NextGroupId(),
            Name = EcwidFakeRules.RequireText(body["name"], "name"),
            ExternalReferenceId = EcwidFakeRules.ReadString(body["externalReferenceId"], "externalReferenceId"),
        };
        call.Store.Add(group);
        return FakeHttpResponse.Json(200, new JsonObject { ["id"] = group.Id }.ToJsonString());
    }

    public static FakeHttpResponse Update(EcwidCall call)
    {
        var group = FindChangeable(call);
        var body = call.ReadBody(Fields);
        var name = body.ContainsKey("name") ? EcwidFakeRules.RequireText(body["name"], "name") : group.Name;
        var reference = body.ContainsKey("externalReferenceId")
            ? EcwidFakeRules.ReadString(body["externalReferenceId"], "externalReferenceId")
            : group.ExternalReferenceId;
        (group.Name, group.ExternalReferenceId) = (name, reference);
        return FakeHttpResponse.Json(200, EcwidJson.Count("updateCount", 1));
    }

    /// <summary>Deletes a group and moves its members to General ([INF] §5.11).</summary>
    public static FakeHttpResponse Delete(EcwidCall call)
    {
        var group = FindChangeable(call);
        call.Store.RemoveGroup(group.Id);
        foreach (var customer in call.Store.Customers.Where(customer => customer.GroupId == group.Id))
        {
            customer.GroupId = EcwidStore.GeneralGroupId;
            customer.Updated = call.Now;
        }

        return FakeHttpResponse.Json(200, EcwidJson.Count("deleteCount", 1));
    }

    private static EcwidGroupRecord Find(EcwidCall call) => call.Store.FindGroup(call.GroupId) ?? throw EcwidErrors.GroupNotFound(call.GroupId);

    private static EcwidGroupRecord FindChangeable(EcwidCall call)
    {
        var group = Find(call);
        return group.Id == EcwidStore.GeneralGroupId
            ? throw EcwidErrors.WrongParameter("The General customer group cannot be changed or deleted", "groupId")
            : group;
    }
}
