using ContactsSdk.Webhooks;

namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>Receives each verified, de-duplicated webhook event; register with <see cref="ContactsWebhooksBuilder.AddHandler{THandler}"/>.</summary>
/// <remarks>Events are hints and arrive at least once and in any order: re-fetch with <see cref="ContactWebhookResolver"/> and stay idempotent.</remarks>
public interface IContactWebhookHandler
{
    /// <summary>Handles one event.</summary>
    /// <param name="webhookEvent">The event.</param>
    /// <param name="cancellationToken">Cancels the call (the request's abort in inline mode, the host's stop in queued mode).</param>
    /// <returns>A task that completes when the event is handled.</returns>
    Task HandleAsync(ContactWebhookEvent webhookEvent, CancellationToken cancellationToken);
}
