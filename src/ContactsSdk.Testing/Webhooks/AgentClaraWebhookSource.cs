using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Webhooks;

/// <summary>
/// AgentClara's (unsigned) webhooks for the fake's conversation writes, in the documented
/// <c>{event, timestamp, data}</c> shape; AgentClara documents no contact events, so contact writes send nothing.
/// </summary>
internal sealed partial class AgentClaraWebhookSource : IFakeWebhookSource
{
    public IEnumerable<FakeWebhookMessage> EventsFor(FakeHttpRequest request, FakeHttpResponse response, DateTimeOffset now)
    {
        var match = Route().Match(request.Path);
        if (!match.Success || Conversation(response) is not { } conversation)
        {
            yield break;
        }

        var (eventType, data) = (request.Method, match.Groups["id"].Success, match.Groups["close"].Success) switch
        {
            ("POST", false, false) => ("conversation.created", new JsonObject
            {
                ["conversation_id"] = Copy(conversation, "id"),
                ["customer_id"] = Copy(conversation, "customer_id"),
                ["customer_name"] = Copy(conversation, "customer_name"),
                ["channel"] = Copy(conversation, "channel"),
                ["status"] = Copy(conversation, "status"),
            }),
            ("PATCH", true, false) => ("conversation.updated", new JsonObject
            {
                ["conversation_id"] = Copy(conversation, "id"),
                ["status"] = Copy(conversation, "status"),
                ["tags"] = Copy(conversation, "tags"),
            }),
            ("POST", true, true) => ("conversation.closed", new JsonObject
            {
                ["conversation_id"] = Copy(conversation, "id"),
                ["customer_id"] = Copy(conversation, "customer_id"),
                ["status"] = Copy(conversation, "status"),
            }),
            _ => (null, null),
        };
        if (eventType is not null)
        {
            var body = new JsonObject
            {
                ["event"] = eventType,
                ["timestamp"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["data"] = data,
            };
            yield return new FakeWebhookMessage(Guid.NewGuid().ToString(), eventType, Encoding.UTF8.GetBytes(body.ToJsonString()), "application/json", string.Empty, new Dictionary<string, string>());
        }
    }

    private static JsonNode? Copy(JsonObject conversation, string name) => conversation[name]?.DeepClone();

    private static JsonObject? Conversation(FakeHttpResponse response)
        => response.Body is { } body && JsonNode.Parse(body) is JsonObject json ? json["data"] as JsonObject : null;

    [GeneratedRegex(@"/conversations(?:/(?<id>[^/]+)(?<close>/close)?)?$")]
    private static partial Regex Route();
}
