using ContactsSdk.Webhooks;

namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>Adapts a handler function to <see cref="IContactWebhookHandler"/>.</summary>
internal sealed class DelegateWebhookHandler(Func<ContactWebhookEvent, IServiceProvider, CancellationToken, Task> handler, IServiceProvider services) : IContactWebhookHandler
{
    public Task HandleAsync(ContactWebhookEvent webhookEvent, CancellationToken cancellationToken) => handler(webhookEvent, services, cancellationToken);
}
