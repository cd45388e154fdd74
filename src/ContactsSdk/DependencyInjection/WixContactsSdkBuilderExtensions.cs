using ContactsSdk.Vendors.Wix;
using ContactsSdk;
using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Wix clients.</summary>
public static class WixContactsSdkBuilderExtensions
{
    /// <summary>
    /// Registers the default Wix client, resolvable as a plain <see cref="IContactsClient"/> and <see cref="IWixContactsClient"/>
    /// (and under <see cref="ContactsSdkBuilder.DefaultName"/>).
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException">A client named <see cref="ContactsSdkBuilder.DefaultName"/> is already registered.</exception>
    public static ContactsSdkBuilder AddWix(this ContactsSdkBuilder builder, Action<WixOptions> configure)
        => builder.AddWix(ContactsSdkBuilder.DefaultName, configure);

    /// <summary>Registers the default Wix client, bound to a configuration section; see <see cref="AddWix(ContactsSdkBuilder, Action{WixOptions})"/>.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configuration">The section to bind.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException">A client named <see cref="ContactsSdkBuilder.DefaultName"/> is already registered.</exception>
    public static ContactsSdkBuilder AddWix(this ContactsSdkBuilder builder, IConfiguration configuration)
        => builder.AddWix(ContactsSdkBuilder.DefaultName, configuration);

    /// <summary>Registers a Wix client under <paramref name="name"/>, resolvable as a keyed <see cref="IContactsClient"/> and <see cref="IWixContactsClient"/>.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configure">Sets the options: <see cref="WixOptions.ApiKey"/> + <see cref="WixOptions.SiteId"/>, or the OAuth app settings.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or already registered.</exception>
    public static ContactsSdkBuilder AddWix(this ContactsSdkBuilder builder, string name, Action<WixOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(builder, name, options => options.Configure(configure));
    }

    /// <summary>Registers a Wix client under <paramref name="name"/>, bound to a configuration section (<c>ApiKey</c>, <c>SiteId</c> or <c>AppId</c>, <c>AppSecret</c>, <c>InstanceId</c>; <c>BaseAddress</c>, <c>Resilience</c>).</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configuration">The section to bind.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or already registered.</exception>
    public static ContactsSdkBuilder AddWix(this ContactsSdkBuilder builder, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        return Register(builder, name, options => options.Bind(configuration));
    }

    private static ContactsSdkBuilder Register(
        ContactsSdkBuilder builder, string name, Func<OptionsBuilder<WixOptions>, OptionsBuilder<WixOptions>> configure)
    {
        // One name cache and one token per registration, shared by the transient clients it builds.
        var directory = new WixDirectory();
        builder.AddVendor<WixOptions, IWixApi, WixContactsClient, WixOptionsValidator>(new(
            name,
            ContactsVendor.Wix,
            WixJsonContext.Default,
            configure,
            (api, context) => new WixContactsClient(api, context, directory))
        {
            AuthenticationHandler = (services, options) => new WixAuthenticationHandler(options, services.GetRequiredKeyedService<WixTokenSource>(name)),
        });
        builder.Services.AddKeyedSingleton(name, (services, _) => new WixTokenSource(services.GetService<TimeProvider>() ?? TimeProvider.System));
        if (name == ContactsSdkBuilder.DefaultName)
        {
            builder.Services.AddTransient<IWixContactsClient>(services => services.GetRequiredKeyedService<WixContactsClient>(ContactsSdkBuilder.DefaultName));
        }

        builder.Services.AddKeyedTransient<IWixContactsClient>(name, (services, key) => services.GetRequiredKeyedService<WixContactsClient>(key));
        return builder;
    }
}
