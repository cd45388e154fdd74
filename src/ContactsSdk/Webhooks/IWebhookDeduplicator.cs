namespace ContactsSdk.Webhooks;

/// <summary>
/// Remembers which webhook deliveries were already accepted, so a vendor's resend of the same event reaches the
/// handler once. The in-memory implementation serves one process; <c>ContactsSdk.Redis</c> shares the set between
/// app instances.
/// </summary>
/// <remarks>
/// <see cref="TryMarkAsync"/> must be atomic: of several concurrent calls for the same event exactly one returns
/// <see langword="true"/>. Keys are the vendor plus the vendor's event id; implementations never log the id.
/// </remarks>
public interface IWebhookDeduplicator
{
    /// <summary>Marks an event as seen for <paramref name="timeToLive"/>.</summary>
    /// <param name="vendor">The vendor that sent the event.</param>
    /// <param name="eventId">The vendor's event id (the de-duplication key).</param>
    /// <param name="timeToLive">How long to remember the event; cover the vendor's resend window.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> the first time the event is seen (process it); <see langword="false"/> for a duplicate.</returns>
    ValueTask<bool> TryMarkAsync(ContactsVendor vendor, string eventId, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <summary>
    /// Forgets an event marked by <see cref="TryMarkAsync"/>, so the vendor's resend is processed — used when the
    /// handler failed and the endpoint answered an error.
    /// </summary>
    /// <param name="vendor">The vendor that sent the event.</param>
    /// <param name="eventId">The vendor's event id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the mark is gone.</returns>
    ValueTask ReleaseAsync(ContactsVendor vendor, string eventId, CancellationToken cancellationToken = default);
}
