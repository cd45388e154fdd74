using System.Security.Cryptography;
using System.Text.Json;
using ContactsSdk.Changes;

namespace ContactsSdk.Webhooks;

/// <summary>
/// Parses AgentClara webhooks: <c>{ "event", "timestamp", "data" }</c> conversation, message and appointment events.
/// AgentClara documents no signature, so there is nothing to verify: protect the endpoint with an unguessable path token
/// and treat every event as a hint to re-fetch.
/// </summary>
/// <remarks>
/// An event whose <c>data</c> names a <c>customer_id</c> yields one <see cref="ContactChangeKind.Updated"/> hint for that
/// contact; others yield no change. Events carry no id, so <see cref="ContactWebhookEvent.EventId"/> is the SHA-256 of
/// the raw body (a resend of the same bytes de-duplicates).
/// </remarks>
public static class AgentClaraWebhook
{
    /// <summary>The <c>data</c> field that names the contact an event concerns.</summary>
    public const string CustomerIdField = "customer_id";

    /// <summary>Parses a delivery.</summary>
    /// <param name="body">The raw request body.</param>
    /// <returns>The parsed event: <see cref="ContactWebhookEvent.IsHint"/> true, nothing authenticated.</returns>
    /// <exception cref="WebhookVerificationException">The body is not an AgentClara event (<see cref="WebhookFailureReason.BadFormat"/>).</exception>
    public static ContactWebhookEvent Parse(ReadOnlySpan<byte> body)
    {
        var eventId = Convert.ToHexStringLower(SHA256.HashData(body));
        JsonElement root;
        try
        {
            root = WebhookJson.ParseBody(body);
        }
        catch (JsonException)
        {
            throw Refused("not JSON");
        }

        var eventType = WebhookJson.String(root, "event") is { Length: > 0 } name ? name : throw Refused("no event name");
        var occurredAt = WebhookJson.Time(root, "timestamp");
        var data = root.TryGetProperty("data", out var value) ? value : default;
        var customerId = WebhookJson.Scalar(data, CustomerIdField);
        IReadOnlyList<ContactChange> changes = customerId is { Length: > 0 }
            ? [new ContactChange { Vendor = ContactsVendor.AgentClara, ContactId = customerId, Kind = ContactChangeKind.Updated, ChangedAt = occurredAt, Origin = ContactChangeOrigin.Webhook }]
            : [];
        return new ContactWebhookEvent
        {
            Vendor = ContactsVendor.AgentClara,
            EventId = eventId,
            VendorEventType = eventType,
            OccurredAt = occurredAt,
            Changes = changes,
            IsHint = true,
            Raw = root,
        };
    }

    private static WebhookVerificationException Refused(string detail) => new(ContactsVendor.AgentClara, WebhookFailureReason.BadFormat, detail);
}
