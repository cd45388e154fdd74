using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Wix;

/// <summary>What a handler needs: the request, its query and route values, the site's store (locked), the clock, the quotas.</summary>
internal sealed record WixCall(
    FakeHttpRequest Request,
    FakeQuery Query,
    IReadOnlyDictionary<string, string> RouteValues,
    WixStore Store,
    DateTimeOffset Now,
    WixFakeOptions Options)
{
    public string Id => RouteValues["id"];

    public JsonObject ReadBody()
    {
        if (string.IsNullOrWhiteSpace(Request.Body))
        {
            return [];
        }

        try
        {
            return FakeJsonBody.Parse(Request.Body) as JsonObject ?? throw WixErrors.Invalid("body", "must be a JSON object");
        }
        catch (JsonException)
        {
            throw WixErrors.Invalid("body", "is not valid JSON");
        }
    }

    public int? QueryInt(string name)
    {
        var text = Query.Get(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw WixErrors.Invalid(name, "must be an integer");
    }

    public static FakeHttpResponse Ok(JsonObject body) => FakeHttpResponse.Json(200, body.ToJsonString());
}
