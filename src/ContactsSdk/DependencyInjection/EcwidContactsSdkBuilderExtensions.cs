using System.Net.Http.Headers;
using ContactsSdk.Vendors.Ecwid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContactsSdk.DependencyInjection;

/// <summary>Registers Ecwid clients.</summary>
public static class EcwidContactsSdkBuilderExtensions
{
    /// <summary>Registers an Ecwid client under <paramref name="name"/>, resolvable as a keyed <see cref="IContactsClient"/> and <see cref="IEcwidContactsClient"/>.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configure">Sets the options; <see cref="EcwidOptions.StoreId"/> and a <c>secret_</c> <see cref="EcwidOptions.AccessToken"/> are required.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or already registered.</exception>
    public static ContactsSdkBuilder AddEcwid(this ContactsSdkBuilder builder, string name, Action<EcwidOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(builder, name, options => options.Configure(configure));
    }

    /// <summary>Registers an Ecwid client under <paramref name="name"/>, bound to a configuration section (<c>StoreId</c>, <c>AccessToken</c>, <c>BaseAddress</c>, <c>Resilience</c>).</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configuration">The section to bind.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or already registered.</exception>
    public static ContactsSdkBuilder AddEcwid(this ContactsSdkBuilder builder, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        return Register(builder, name, options => options.Bind(configuration));
    }

    private static ContactsSdkBuilder Register(
        ContactsSdkBuilder builder, string name, Func<OptionsBuilder<EcwidOptions>, OptionsBuilder<EcwidOptions>> configure)
    {
        builder.AddVendor<EcwidOptions, IEcwidApi, EcwidContactsClient, EcwidOptionsValidator>(new(
            name,
            ContactsVendor.Ecwid,
            EcwidJsonContext.Default,
            configure,
            Authenticate,
            (api, context) => new EcwidContactsClient(api, context)));
        builder.Services.AddKeyedTransient<IEcwidContactsClient>(
            name, (services, key) => services.GetRequiredKeyedService<EcwidContactsClient>(key));
        return builder;
    }

    // The token is bound to one store, so the store id is part of the credential: every path is under {BaseAddress}/{StoreId}/.
    // The token goes in the header only: Ecwid disabled ?token= query parameters in March 2025.
    private static void Authenticate(HttpClient client, EcwidOptions options)
    {
        client.BaseAddress = options.StoreAddress();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
    }
}
