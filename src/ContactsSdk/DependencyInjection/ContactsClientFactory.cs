using Microsoft.Extensions.DependencyInjection;

namespace ContactsSdk.DependencyInjection;

/// <summary>Resolves keyed clients by name.</summary>
internal sealed class ContactsClientFactory(IServiceProvider services, ContactsClientRegistry registry) : IContactsClientFactory
{
    public IReadOnlyCollection<string> Names => registry.Names;

    public IContactsClient Get(string name) => Get<IContactsClient>(name);

    public TClient Get<TClient>(string name)
        where TClient : class, IContactsClient
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!registry.Contains(name))
        {
            throw new ArgumentException($"No contacts client is registered as '{name}'. Registered: {string.Join(", ", registry.Names)}.", nameof(name));
        }

        return services.GetRequiredKeyedService<IContactsClient>(name) as TClient
            ?? throw new ArgumentException($"The contacts client '{name}' is not a {typeof(TClient).Name}.", nameof(name));
    }
}
