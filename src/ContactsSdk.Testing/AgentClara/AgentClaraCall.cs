using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Carries what an endpoint handler needs: the request, its parsed query and route values, the store and the clock.
/// </summary>
/// <param name="Request">The incoming request.</param>
/// <param name="Query">The parsed, already validated query.</param>
/// <param name="RouteValues">The values captured from the path.</param>
/// <param name="Store">The caller's sub-account store; its lock is held while the handler runs.</param>
/// <param name="Now">The time the handler should stamp on changes.</param>
/// <param name="EmitPagination">Whether list answers carry the <c>pagination</c> block.</param>
internal sealed record AgentClaraCall(
    FakeHttpRequest Request,
    FakeQuery Query,
    IReadOnlyDictionary<string, string> RouteValues,
    AgentClaraStore Store,
    DateTimeOffset Now,
    bool EmitPagination)
{
    /// <summary>Gets the <c>{id}</c> captured from the path.</summary>
    public string Id => RouteValues["id"];

    /// <summary>
    /// Parses the body as a JSON object of the <paramref name="known"/> fields; an empty body gives an empty object. A body
    /// that is not <c>application/json</c>, not valid JSON (a name given twice included) or names another field answers 400.
    /// </summary>
    public JsonObject ReadBody(params string[] known)
    {
        if (string.IsNullOrWhiteSpace(Request.Body))
        {
            return [];
        }

        CheckContentType();
        var body = Parse();
        var unknown = body.Select(pair => pair.Key).FirstOrDefault(name => !known.Contains(name, StringComparer.Ordinal));
        if (AgentClaraFakeLimits.RejectUnknownBodyFields && unknown is not null)
        {
            throw AgentClaraErrors.Invalid($"Unknown field '{unknown}'", unknown);
        }

        return body;
    }

    private void CheckContentType()
    {
        var type = Request.GetHeader("Content-Type");
        var mediaType = type?.Split(';', 2)[0].Trim();
        if (!string.Equals(mediaType, AgentClaraFakeLimits.BodyMediaType, StringComparison.OrdinalIgnoreCase))
        {
            throw AgentClaraErrors.Invalid($"Content-Type must be {AgentClaraFakeLimits.BodyMediaType}");
        }
    }

    private JsonObject Parse()
    {

        JsonNode? node;
        try
        {
            node = FakeJsonBody.Parse(Request.Body!);
        }
        catch (JsonException)
        {
            throw AgentClaraErrors.Invalid("Request body is not valid JSON");
        }

        return node as JsonObject ?? throw AgentClaraErrors.Invalid("Request body must be a JSON object");
    }
}
