using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Ecwid;

/// <summary>Carries what an endpoint handler needs: the request, its query and route values, the store and the clock.</summary>
/// <param name="Request">The incoming request.</param>
/// <param name="Query">The parsed, already checked query.</param>
/// <param name="RouteValues">The values captured from the path.</param>
/// <param name="Store">The token's store; its lock is held while the handler runs.</param>
/// <param name="Now">The time to stamp on changes, truncated to whole seconds as Ecwid reports them.</param>
internal sealed record EcwidCall(
    FakeHttpRequest Request,
    FakeQuery Query,
    IReadOnlyDictionary<string, string> RouteValues,
    EcwidStore Store,
    DateTimeOffset Now)
{
    public long CustomerId => EcwidFakeRules.ParseId(RouteValues["customerId"], "customer");

    public long ContactId => EcwidFakeRules.ParseId(RouteValues["contactId"], "contact");

    public long GroupId => EcwidFakeRules.ParseId(RouteValues["groupId"], "group");

    public EcwidCustomerRecord Customer() => Store.FindCustomer(CustomerId) ?? throw EcwidErrors.CustomerNotFound(CustomerId);

    /// <summary>Parses the body as a JSON object, rejecting names outside <paramref name="known"/>; <paramref name="ignored"/> names are dropped.</summary>
    public JsonObject ReadBody(IReadOnlyCollection<string> known, IReadOnlyCollection<string>? ignored = null)
    {
        JsonNode? node;
        try
        {
            node = string.IsNullOrWhiteSpace(Request.Body) ? new JsonObject() : FakeJsonBody.Parse(Request.Body);
        }
        catch (JsonException)
        {
            throw EcwidErrors.WrongParameter("Request body is not valid JSON");
        }

        var body = node as JsonObject ?? throw EcwidErrors.WrongParameter("Request body must be a JSON object");
        foreach (var name in body.Select(pair => pair.Key).ToList())
        {
            if (ignored?.Contains(name) == true)
            {
                body.Remove(name);
            }
            else if (!known.Contains(name))
            {
                throw EcwidErrors.WrongParameter($"Unknown field '{name}'", name);
            }
        }

        return body;
    }
}
