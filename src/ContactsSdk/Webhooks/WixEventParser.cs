using System.Text.Json;
using ContactsSdk.Changes;

namespace ContactsSdk.Webhooks;

/// <summary>
/// Reads the layers inside a Wix webhook JWT: the <c>data</c> claim (a JSON string) holds the envelope
/// (<c>eventType</c>, <c>instanceId</c>, <c>data</c>, <c>identity</c>, <c>accountInfo</c>), whose <c>data</c> (a JSON string)
/// holds the DomainEvent. Every body is accepted under both spellings (<c>entity</c> / <c>entityAsJson</c>, …), as an
/// object or as a string holding JSON.
/// </summary>
internal static class WixEventParser
{
    public static ContactWebhookEvent Parse(JsonElement payload, bool signatureVerified)
    {
        try
        {
            var envelope = payload.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.String
                ? ParseObject(data.GetString()!)
                : throw Refused("the data claim is not a string");
            var eventType = WebhookJson.String(envelope, "eventType") ?? throw Refused("the envelope has no eventType");
            var domainEvent = WebhookJson.Nested(envelope, "data") ?? throw Refused("the envelope has no data");
            return Map(eventType, WebhookJson.String(envelope, "instanceId"), domainEvent, signatureVerified);
        }
        catch (JsonException)
        {
            throw Refused("a layer is not JSON");
        }
    }

    private static ContactWebhookEvent Map(string eventType, string? instanceId, JsonElement domainEvent, bool signatureVerified)
    {
        var eventId = WebhookJson.String(domainEvent, "id") is { Length: > 0 } id ? id : throw Refused("the event has no id");
        var entityId = WebhookJson.String(domainEvent, "entityId");
        var occurredAt = WebhookJson.Time(domainEvent, "eventTime");
        var (changes, snapshot) = eventType switch
        {
            WixWebhook.ContactCreated => Single(ContactChangeKind.Created, entityId, occurredAt, Body(domainEvent, "createdEvent", "entity")),
            WixWebhook.ContactUpdated => Single(ContactChangeKind.Updated, entityId, occurredAt, Body(domainEvent, "updatedEvent", "currentEntity")),
            WixWebhook.ContactDeleted => Single(ContactChangeKind.Deleted, entityId, occurredAt, Body(domainEvent, "deletedEvent", "deletedEntity")),
            WixWebhook.ContactMerged => Merge(entityId, occurredAt, Body(domainEvent, "actionEvent", "body")),
            _ => ([], null), // labels, extended fields and types this SDK does not know pass through without changes
        };

        return new ContactWebhookEvent
        {
            Vendor = ContactsVendor.Wix,
            EventId = eventId,
            VendorEventType = eventType,
            TenantId = instanceId,
            OccurredAt = occurredAt,
            Changes = changes,
            Sequence = WebhookJson.Scalar(domainEvent, "entityEventSequence"),
            OriginatedFrom = WebhookJson.String(domainEvent, "originatedFrom"),
            SignatureVerified = signatureVerified,
            PayloadAuthenticated = signatureVerified,
            Snapshot = snapshot,
            Raw = domainEvent,
        };
    }

    private static (IReadOnlyList<ContactChange>, JsonElement?) Single(ContactChangeKind kind, string? entityId, DateTimeOffset? occurredAt, JsonElement? entity)
    {
        var contactId = entityId is { Length: > 0 } ? entityId : WebhookJson.String(entity ?? default, "id");
        return contactId is null ? ([], entity) : ([Change(kind, contactId, occurredAt)], entity);
    }

    private static (IReadOnlyList<ContactChange>, JsonElement?) Merge(string? entityId, DateTimeOffset? occurredAt, JsonElement? body)
    {
        var target = WebhookJson.String(body ?? default, "targetContactId") ?? entityId;
        if (target is null)
        {
            return ([], null);
        }

        var sources = body is { } merge && merge.TryGetProperty("sourceContactIds", out var ids) && ids.ValueKind == JsonValueKind.Array
            ? ids.EnumerateArray().Where(id => id.ValueKind == JsonValueKind.String).Select(id => id.GetString()!).Where(id => id.Length > 0 && id != target)
            : [];
        var changes = sources.Select(source => Change(ContactChangeKind.Merged, source, occurredAt) with { MergeTargetId = target })
            .Append(Change(ContactChangeKind.Updated, target, occurredAt))
            .ToList();
        var targetContact = WebhookJson.Nested(body ?? default, "targetContact", "targetContactAsJson");
        return (changes, targetContact);
    }

    private static JsonElement? Body(JsonElement domainEvent, string wrapper, string name)
        => domainEvent.TryGetProperty(wrapper, out var inner) ? WebhookJson.Nested(inner, name, name + "AsJson") : null;

    private static ContactChange Change(ContactChangeKind kind, string contactId, DateTimeOffset? occurredAt) => new()
    {
        Vendor = ContactsVendor.Wix,
        ContactId = contactId,
        Kind = kind,
        ChangedAt = occurredAt,
        Origin = ContactChangeOrigin.Webhook,
    };

    private static JsonElement ParseObject(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.Clone()
            : throw Refused("the envelope is not an object");
    }

    private static WebhookVerificationException Refused(string detail) => new(ContactsVendor.Wix, WebhookFailureReason.BadFormat, detail);
}
