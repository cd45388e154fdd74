namespace ContactsSdk.Testing.Webhooks;

/// <summary>One attempt of the fake to deliver a webhook to the receiver.</summary>
/// <param name="EventId">The vendor's event id (for AgentClara, whose events carry none, a local id).</param>
/// <param name="EventType">The vendor's event type, such as <c>customer.updated</c>.</param>
/// <param name="StatusCode">The receiver's status code; 0 when the request failed without an answer.</param>
/// <param name="IsResend">Whether this attempt repeated an earlier delivery byte for byte.</param>
public sealed record FakeWebhookDelivery(string EventId, string EventType, int StatusCode, bool IsResend);
