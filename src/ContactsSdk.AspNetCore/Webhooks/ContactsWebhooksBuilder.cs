using ContactsSdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>Adds handlers and a de-duplication store to the contact webhook endpoints; returned by <c>AddContactsWebhooks</c>.</summary>
public sealed class ContactsWebhooksBuilder
{
    internal ContactsWebhooksBuilder(IServiceCollection services) => Services = services;

    /// <summary>Gets the service collection the endpoints are registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds a handler, created in a scope of its own for each event.</summary>
    /// <typeparam name="THandler">The handler type.</typeparam>
    /// <returns>This builder, for chaining.</returns>
    public ContactsWebhooksBuilder AddHandler<THandler>()
        where THandler : class, IContactWebhookHandler
    {
        Services.TryAddEnumerable(ServiceDescriptor.Scoped<IContactWebhookHandler, THandler>());
        return this;
    }

    /// <summary>Adds a handler written as a function.</summary>
    /// <param name="handler">The function; it may resolve services from the event scope's provider.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="handler"/> is <see langword="null"/>.</exception>
    public ContactsWebhooksBuilder AddHandler(Func<ContactWebhookEvent, IServiceProvider, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        Services.AddScoped<IContactWebhookHandler>(provider => new DelegateWebhookHandler(handler, provider));
        return this;
    }

    /// <summary>Replaces the in-memory de-duplication store, e.g. with the Redis one that app instances share.</summary>
    /// <typeparam name="TDeduplicator">The store type, registered as a singleton.</typeparam>
    /// <returns>This builder, for chaining.</returns>
    public ContactsWebhooksBuilder AddDeduplicator<TDeduplicator>()
        where TDeduplicator : class, IWebhookDeduplicator
    {
        Services.Replace(ServiceDescriptor.Singleton<IWebhookDeduplicator, TDeduplicator>());
        return this;
    }
}
