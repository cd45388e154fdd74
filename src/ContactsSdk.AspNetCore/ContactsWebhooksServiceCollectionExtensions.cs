using ContactsSdk.AspNetCore.Webhooks;
using ContactsSdk.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;

// In Microsoft's namespace so that AddContactsWebhooks is found without a using, like AddContactsSdk.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the contact webhook endpoints' services.</summary>
public static class ContactsWebhooksServiceCollectionExtensions
{
    /// <summary>
    /// Registers verification, de-duplication (in memory unless replaced), the queue and its background worker, and
    /// <see cref="ContactWebhookResolver"/>; map the endpoints with <c>MapContactsWebhooks</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets secrets, keys, the AgentClara path token, the body cap and the mode.</param>
    /// <returns>A builder to add handlers and a de-duplication store.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static ContactsWebhooksBuilder AddContactsWebhooks(this IServiceCollection services, Action<ContactsWebhooksOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ContactsWebhooksOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWebhookDeduplicator>(provider => new InMemoryWebhookDeduplicator(provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<WebhookQueue>();
        services.TryAddSingleton<WebhookDispatcher>();
        services.TryAddSingleton<WebhookEndpoints>();
        services.TryAddSingleton<ContactWebhookResolver>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Hosting.IHostedService, WebhookQueueWorker>());
        return new ContactsWebhooksBuilder(services);
    }
}
