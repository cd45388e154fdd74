using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContactsSdk.Testing.Infrastructure;
using ContactsSdk.Webhooks;

namespace ContactsSdk.Testing.Webhooks;

/// <summary>
/// Ecwid's webhooks for the fake's customer and group writes: <c>{eventId, eventCreated, storeId, entityId, eventType}</c>
/// (no <c>data</c>: it is optional), signed with the SDK's own <see cref="EcwidWebhook.ComputeSignature"/> so sender and
/// verifier cannot drift, with the type repeated in <c>?eventtype=</c>.
/// </summary>
internal sealed partial class EcwidWebhookSource : IFakeWebhookSource
{
    public IEnumerable<FakeWebhookMessage> EventsFor(FakeHttpRequest request, FakeHttpResponse response, DateTimeOffset now)
    {
        var match = Route().Match(request.Path);
        if (!match.Success)
        {
            yield break;
        }

        var store = long.Parse(match.Groups["store"].Value, CultureInfo.InvariantCulture);
        var entity = match.Groups["entity"].Value == "customers" ? "customer" : "customer_group";
        var id = match.Groups["id"].Success ? match.Groups["id"].Value : CreatedId(response);
        var action = (request.Method, match.Groups["channel"].Success) switch
        {
            (_, true) => "updated", // a contact-channel change: customer.updated (UNCONFIRMED, spec A.1)
            ("POST", false) => "created",
            ("PUT", false) => "updated",
            ("DELETE", false) => "deleted",
            _ => null,
        };
        if (action is not null && id is not null)
        {
            yield return Message($"{entity}.{action}", store, id, now);
        }
    }

    private static FakeWebhookMessage Message(string eventType, long store, string entityId, DateTimeOffset now)
    {
        var eventId = Guid.NewGuid().ToString();
        var created = now.ToUnixTimeSeconds();
        var body = new JsonObject
        {
            ["eventId"] = eventId,
            ["eventCreated"] = created,
            ["storeId"] = store,
            ["entityId"] = long.Parse(entityId, CultureInfo.InvariantCulture),
            ["eventType"] = eventType,
        };
        var signature = EcwidWebhook.ComputeSignature(FakeWebhookSender.EcwidClientSecret, created, eventId);
        return new FakeWebhookMessage(
            eventId,
            eventType,
            Encoding.UTF8.GetBytes(body.ToJsonString()),
            "application/json; charset=UTF-8",
            $"{EcwidWebhook.EventTypeQueryParameter}={eventType}",
            new Dictionary<string, string> { [EcwidWebhook.SignatureHeader] = signature });
    }

    private static string? CreatedId(FakeHttpResponse response)
        => response.Body is { } body && JsonNode.Parse(body)?["id"] is { } id ? id.ToJsonString() : null;

    [GeneratedRegex(@"/api/v3/(?<store>\d+)/(?<entity>customers|customer_groups)(?:/(?<id>\d+)(?<channel>/contacts(?:/[^/]+)?)?)?$")]
    private static partial Regex Route();
}
