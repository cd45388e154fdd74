namespace ContactsSdk.Changes;

/// <summary>
/// One vendor-neutral change to a contact: created, updated, deleted, merged or unknown. The change feed, the
/// reconciliation and the webhook receivers all speak in this record.
/// </summary>
/// <remarks>
/// Delivery is at least once: the same change may arrive twice (across a feed's overlap, or as a vendor's webhook
/// resend), so handlers should be idempotent. <see cref="ToString"/> names the kind, vendor and origin only — never
/// the contact's data.
/// </remarks>
public sealed record ContactChange
{
    /// <summary>The vendor the change happened in.</summary>
    public required ContactsVendor Vendor { get; init; }

    /// <summary>The id of the contact that changed, in the form <see cref="IContactsClient.GetAsync"/> accepts.</summary>
    public required string ContactId { get; init; }

    /// <summary>What happened.</summary>
    public required ContactChangeKind Kind { get; init; }

    /// <summary>When it happened by the vendor's clock, where the source says; <see langword="null"/> when it does not.</summary>
    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>
    /// The contact as the source saw it, where the source carries it (a poll does; deletes, reconciliation and most
    /// webhooks do not — re-fetch with <see cref="IContactsClient.TryGetAsync"/>).
    /// </summary>
    public Contact? Contact { get; init; }

    /// <summary>Where the change was learned from.</summary>
    public required ContactChangeOrigin Origin { get; init; }

    /// <summary>For <see cref="ContactChangeKind.Merged"/>: the id of the contact this one was merged into.</summary>
    public string? MergeTargetId { get; init; }

    /// <summary>
    /// The change-feed position that is safe to persist once this change (and every change before it) is processed;
    /// <see langword="null"/> for changes that do not come from a feed (webhooks).
    /// </summary>
    public ChangeFeedCheckpoint? Checkpoint { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"ContactChange {{ Vendor = {Vendor}, Kind = {Kind}, Origin = {Origin} }}";
}
