using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds ContactsSdk to a service collection.</summary>
public static class ContactsSdkServiceCollectionExtensions
{
    /// <summary>Adds the SDK's shared services and returns a builder to register vendor clients on.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The builder; calling this twice returns a builder over the same registrations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static ContactsSdkBuilder AddContactsSdk(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registry = RegistryOf(services);
        services.AddHttpClient();
        services.TryAddSingleton<IContactsClientFactory>(provider => new ContactsClientFactory(provider, registry));
        return new ContactsSdkBuilder(services, registry);
    }

    private static ContactsClientRegistry RegistryOf(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(descriptor => descriptor.ServiceType == typeof(ContactsClientRegistry));
        if (existing?.ImplementationInstance is ContactsClientRegistry registry)
        {
            return registry;
        }

        registry = new ContactsClientRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}
