using System.Text.Json;
using ContactsSdk.Changes;

namespace ContactsSdk.Webhooks;

/// <summary>
/// One webhook delivery, verified and parsed: the vendor-neutral <see cref="Changes"/> it reports plus the delivery's
/// metadata (event id for de-duplication, tenant, Wix sequence, merge origin, what was authenticated).
/// </summary>
/// <remarks>
/// <para>
/// Webhooks are hints: Ecwid signs only the event id and time (never <c>entityId</c> or <c>data</c>), AgentClara signs
/// nothing, and vendors resend and reorder. Re-fetch the contact before acting on it (the ASP.NET Core package's
/// <c>ContactWebhookResolver</c> does, dropping stale Wix snapshots and merge fan-out).
/// </para>
/// <para><see cref="ToString"/> names the vendor, event type and kinds only — never the contact's data.</para>
/// </remarks>
public sealed record ContactWebhookEvent
{
    /// <summary>The vendor that sent the event.</summary>
    public required ContactsVendor Vendor { get; init; }

    /// <summary>
    /// The de-duplication key: Ecwid <c>eventId</c>, Wix DomainEvent <c>id</c>, AgentClara the SHA-256 of the raw body
    /// (its events carry no id).
    /// </summary>
    public required string EventId { get; init; }

    /// <summary>The vendor's event type as sent, such as <c>customer.updated</c> or <c>wix.contacts.v4.contact_updated</c>.</summary>
    public required string VendorEventType { get; init; }

    /// <summary>
    /// The contact changes the event reports, in the vendor-neutral model (<see cref="ContactChangeOrigin.Webhook"/>,
    /// no checkpoint); empty for events about something other than a contact (labels, groups, unknown types).
    /// </summary>
    /// <remarks>A Wix merge reports one <see cref="ContactChangeKind.Merged"/> change per source plus an update of the target.</remarks>
    public IReadOnlyList<ContactChange> Changes { get; init; } = [];

    /// <summary>The kind of the first change, or <see cref="ContactChangeKind.Unknown"/> when the event reports none.</summary>
    public ContactChangeKind Kind => Changes.Count > 0 ? Changes[0].Kind : ContactChangeKind.Unknown;

    /// <summary>The account the event belongs to: Ecwid <c>storeId</c>, Wix <c>instanceId</c>; <see langword="null"/> when the vendor does not say (AgentClara).</summary>
    public string? TenantId { get; init; }

    /// <summary>When the event happened by the vendor's clock (Ecwid <c>eventCreated</c>, Wix <c>eventTime</c>, AgentClara <c>timestamp</c>).</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>Wix <c>entityEventSequence</c>: a higher value is a later change of the same contact; compare as a number.</summary>
    public string? Sequence { get; init; }

    /// <summary>Wix <c>originatedFrom</c>, such as <c>merge</c>; <see langword="null"/> outside merges.</summary>
    public string? OriginatedFrom { get; init; }

    /// <summary>
    /// Gets whether this event is the fan-out of a merge (a Wix update of the target or delete of a source with
    /// <c>originatedFrom: merge</c>), which the originating merge event already reports.
    /// </summary>
    public bool IsMergeFanOut => string.Equals(OriginatedFrom, WixWebhook.MergeOrigin, StringComparison.Ordinal) && Changes.All(change => change.Kind != ContactChangeKind.Merged);

    /// <summary>Gets whether the delivery's signature was checked and matched (false for AgentClara and for the <c>…Unverified</c> parsers).</summary>
    public bool SignatureVerified { get; init; }

    /// <summary>
    /// Gets whether the whole payload is covered by the signature. False for Ecwid (only <c>eventCreated</c> and
    /// <c>eventId</c> are signed: <c>storeId</c>, <c>entityId</c> and <c>data</c> are not) and AgentClara (unsigned).
    /// </summary>
    public bool PayloadAuthenticated { get; init; }

    /// <summary>Gets whether the event only hints that a contact may have changed (AgentClara conversation events), so the contact must be re-fetched.</summary>
    public bool IsHint { get; init; }

    /// <summary>The contact as the vendor sent it (Wix created/updated entity, wire names kept); <see langword="null"/> when the event carries none.</summary>
    public JsonElement? Snapshot { get; init; }

    /// <summary>The innermost vendor event (Ecwid body, Wix DomainEvent, AgentClara body), for fields the SDK does not map. Holds contact data: never log it.</summary>
    public JsonElement Raw { get; init; }

    /// <inheritdoc />
    public override string ToString()
        => $"ContactWebhookEvent {{ Vendor = {Vendor}, VendorEventType = {VendorEventType}, Kinds = [{string.Join(", ", Changes.Select(change => change.Kind))}], SignatureVerified = {SignatureVerified} }}";
}
