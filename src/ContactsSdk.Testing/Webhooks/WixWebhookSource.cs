using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContactsSdk.Testing.Infrastructure;
using ContactsSdk.Webhooks;

namespace ContactsSdk.Testing.Webhooks;

/// <summary>
/// Wix's webhooks for the fake's contact writes: a bare RS256 JWT whose <c>data</c> claim is the envelope text, whose
/// <c>data</c> is the DomainEvent text — the three layers Wix sends — with a per-contact <c>entityEventSequence</c>.
/// </summary>
internal sealed partial class WixWebhookSource(string instanceId) : IFakeWebhookSource
{
    private const string ContactFqdn = "wix.contacts.v4.contact";

    private readonly ConcurrentDictionary<string, long> _sequences = new(StringComparer.Ordinal);

    public IEnumerable<FakeWebhookMessage> EventsFor(FakeHttpRequest request, FakeHttpResponse response, DateTimeOffset now)
    {
        var match = Route().Match(request.Path);
        if (!match.Success)
        {
            return [];
        }

        var id = match.Groups["id"].Success ? match.Groups["id"].Value : null;
        var contact = Contact(response);
        return (request.Method, id, match.Groups["action"].Value) switch
        {
            ("POST", null, "") when contact is not null => [Message(WixWebhook.ContactCreated, "created", Id(contact), now, new JsonObject { ["createdEvent"] = new JsonObject { ["entity"] = contact.DeepClone() } })],
            ("PATCH", { } updated, "") when contact is not null => [Updated(updated, contact, now, originatedFrom: null)],
            (_, { } labelled, "/labels") when contact is not null => [Updated(labelled, contact, now, originatedFrom: null)],
            ("DELETE", { } deleted, "") => [Deleted(deleted, now, originatedFrom: null)],
            ("POST", { } target, "/merge") when contact is not null => Merge(target, Sources(request), contact, now),
            _ => [],
        };
    }

    private IEnumerable<FakeWebhookMessage> Merge(string target, IReadOnlyList<string> sources, JsonObject targetContact, DateTimeOffset now)
    {
        var body = new JsonObject
        {
            ["targetContactId"] = target,
            ["sourceContactIds"] = new JsonArray([.. sources.Select(source => (JsonNode?)source)]),
            ["targetContact"] = targetContact.DeepClone(),
        };
        yield return Message(WixWebhook.ContactMerged, "merged", target, now, new JsonObject { ["actionEvent"] = new JsonObject { ["body"] = body } });
        yield return Updated(target, targetContact, now, WixWebhook.MergeOrigin);
        foreach (var source in sources)
        {
            yield return Deleted(source, now, WixWebhook.MergeOrigin);
        }
    }

    private FakeWebhookMessage Updated(string id, JsonObject contact, DateTimeOffset now, string? originatedFrom)
        => Message(WixWebhook.ContactUpdated, "updated", id, now, new JsonObject { ["updatedEvent"] = new JsonObject { ["currentEntity"] = contact.DeepClone() } }, originatedFrom);

    private FakeWebhookMessage Deleted(string id, DateTimeOffset now, string? originatedFrom)
        => Message(WixWebhook.ContactDeleted, "deleted", id, now, new JsonObject { ["deletedEvent"] = new JsonObject() }, originatedFrom);

    private FakeWebhookMessage Message(string eventType, string slug, string entityId, DateTimeOffset now, JsonObject body, string? originatedFrom = null)
    {
        var eventId = Guid.NewGuid().ToString();
        var domainEvent = new JsonObject
        {
            ["id"] = eventId,
            ["entityFqdn"] = ContactFqdn,
            ["slug"] = slug,
            ["entityId"] = entityId,
            ["eventTime"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["triggeredByAnonymizeRequest"] = false,
            ["entityEventSequence"] = _sequences.AddOrUpdate(entityId, 1, (_, seen) => seen + 1).ToString(CultureInfo.InvariantCulture),
        };
        if (originatedFrom is not null)
        {
            domainEvent["originatedFrom"] = originatedFrom;
        }

        foreach (var (name, value) in body)
        {
            domainEvent[name] = value?.DeepClone();
        }

        var envelope = new JsonObject
        {
            ["eventType"] = eventType,
            ["instanceId"] = instanceId,
            ["data"] = domainEvent.ToJsonString(),
            ["identity"] = new JsonObject { ["identityType"] = "APP", ["appId"] = WixFake.DefaultAppId }.ToJsonString(),
        };
        var jwt = Sign(new JsonObject { ["data"] = envelope.ToJsonString(), ["iat"] = now.ToUnixTimeSeconds() });
        return new FakeWebhookMessage(eventId, eventType, Encoding.ASCII.GetBytes(jwt), "text/plain; charset=utf-8", string.Empty, new Dictionary<string, string>());
    }

    private static string Sign(JsonObject payload)
    {
        var header = Base64Url.EncodeToString("""{"alg":"RS256","typ":"JWT"}"""u8);
        var claims = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = FakeWebhookSender.WixSigningKey.SignData(Encoding.ASCII.GetBytes($"{header}.{claims}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{claims}.{Base64Url.EncodeToString(signature)}";
    }

    private static JsonObject? Contact(FakeHttpResponse response)
        => response.Body is { } body && JsonNode.Parse(body) is JsonObject json ? json["contact"] as JsonObject : null;

    private static string Id(JsonObject contact) => contact["id"]?.GetValue<string>() ?? string.Empty;

    private static List<string> Sources(FakeHttpRequest request)
        => request.Body is { } body && JsonNode.Parse(body)?["sourceContactIds"] is JsonArray ids
            ? [.. ids.Select(id => id?.GetValue<string>()).OfType<string>().Distinct(StringComparer.Ordinal)]
            : [];

    [GeneratedRegex(@"/contacts/v4/contacts(?:/(?<id>[^/]+)(?<action>/labels|/merge)?)?$")]
    private static partial Regex Route();
}
