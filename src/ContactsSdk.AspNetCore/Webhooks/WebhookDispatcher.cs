using ContactsSdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>Runs every registered handler for one event, in a DI scope of its own.</summary>
internal sealed class WebhookDispatcher(IServiceScopeFactory scopes)
{
    public async Task DispatchAsync(ContactWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            foreach (var handler in scope.ServiceProvider.GetServices<IContactWebhookHandler>())
            {
                await handler.HandleAsync(webhookEvent, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
