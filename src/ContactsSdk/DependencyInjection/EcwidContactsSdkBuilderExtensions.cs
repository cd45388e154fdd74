using ContactsSdk.Vendors.Ecwid;
using ContactsSdk;
using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Ecwid clients.</summary>
public static class EcwidContactsSdkBuilderExtensions
{
    /// <summary>
    /// Registers the default Ecwid client, resolvable as a plain <see cref="IContactsClient"/> and <see cref="IEcwidContactsClient"/>
    /// (and under <see cref="ContactsSdkBuilder.DefaultName"/>).
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException">A client named <see cref="ContactsSdkBuilder.DefaultName"/> is already registered.</exception>
    public static ContactsSdkBuilder AddEcwid(this ContactsSdkBuilder builder, Action<EcwidOptions> configure)
        => builder.AddEcwid(ContactsSdkBuilder.DefaultName, configure);

    /// <summary>Registers the default Ecwid client, bound to a configuration section; see <see cref="AddEcwid(ContactsSdkBuilder, Action{EcwidOptions})"/>.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configuration">The section to bind.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException">A client named <see cref="ContactsSdkBuilder.DefaultName"/> is already registered.</exception>
    public static ContactsSdkBuilder AddEcwid(this ContactsSdkBuilder builder, IConfiguration configuration)
        => builder.AddEcwid(ContactsSdkBuilder.DefaultName, configuration);

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
            (api, context) => new EcwidContactsClient(api, context)));
        if (name == ContactsSdkBuilder.DefaultName)
        {
            builder.Services.AddTransient<IEcwidContactsClient>(services => services.GetRequiredKeyedService<EcwidContactsClient>(ContactsSdkBuilder.DefaultName));
        }

        builder.Services.AddKeyedTransient<IEcwidContactsClient>(
            name, (services, key) => services.GetRequiredKeyedService<EcwidContactsClient>(key));
        return builder;
    }
}
