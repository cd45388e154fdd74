namespace ContactsSdk.Testing.Webhooks;

/// <summary>One webhook the fake sends: the exact bytes, headers and query a resend repeats unchanged.</summary>
/// <param name="EventId">The vendor's event id (AgentClara: none on the wire; a local id for resends).</param>
/// <param name="EventType">The vendor's event type.</param>
/// <param name="Body">The body bytes.</param>
/// <param name="ContentType">The content type header.</param>
/// <param name="Query">A query string to add to the receiver URL (Ecwid's <c>eventtype</c>), without <c>?</c>; empty for none.</param>
/// <param name="Headers">Extra headers (Ecwid's signature).</param>
internal sealed record FakeWebhookMessage(string EventId, string EventType, byte[] Body, string ContentType, string Query, IReadOnlyDictionary<string, string> Headers);
