using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.Wix;

/// <summary>
/// Turns the query string of a label or field <c>GET</c> list into the filter, sort and paging of the matching
/// <c>/query</c> body, so both list forms go through one query engine.
/// </summary>
internal sealed record WixListQuery(JsonObject Filter, JsonArray? Sort, JsonObject Paging)
{
    /// <param name="call">The list call.</param>
    /// <param name="typeParameter">The parameter naming the item type: <c>labelType</c> or <c>fieldType</c>.</param>
    public static WixListQuery FromGet(WixCall call, string typeParameter)
    {
        var filter = new JsonObject();
        if (call.Query.Get(typeParameter) is { } type)
        {
            filter[typeParameter] = type;
        }

        if (call.Query.Get("namespace") is { } ns)
        {
            filter["namespace"] = ns;
        }

        if (call.Query.Get("startsWith") is { } prefix)
        {
            filter["displayName"] = new JsonObject { ["$startsWith"] = prefix };
        }

        var sort = call.Query.Get("sort.fieldName") is { } field
            ? new JsonArray(new JsonObject { ["fieldName"] = field, ["order"] = call.Query.Get("sort.order") ?? "ASC" })
            : null;
        var paging = new JsonObject { ["limit"] = call.QueryInt("paging.limit"), ["offset"] = call.QueryInt("paging.offset") };
        return new WixListQuery(filter, sort, paging);
    }
}
