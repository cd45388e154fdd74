using ContactsSdk.Vendors.Wix;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContactsSdk.DependencyInjection;

/// <summary>Registers Wix clients.</summary>
public static class WixContactsSdkBuilderExtensions
{
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
            AuthenticateWithApiKey,
            (api, context) => new WixContactsClient(api, context, directory))
        {
            AuthenticationHandler = (services, options) => new WixAuthenticationHandler(options, services.GetRequiredKeyedService<WixTokenSource>(name)),
            IsIdempotentPost = WixIdempotentPosts.Contains,
        });
        builder.Services.AddKeyedSingleton(name, (services, _) => new WixTokenSource(services.GetService<TimeProvider>() ?? TimeProvider.System));
        builder.Services.AddKeyedTransient<IWixContactsClient>(name, (services, key) => services.GetRequiredKeyedService<WixContactsClient>(key));
        return builder;
    }

    // API keys go raw in Authorization (no scheme) with the site id; OAuth tokens are added per request by the handler.
    private static void AuthenticateWithApiKey(HttpClient client, WixOptions options)
    {
        if (options.UsesOAuth)
        {
            return;
        }

        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", options.ApiKey);
        client.DefaultRequestHeaders.TryAddWithoutValidation("wix-site-id", options.SiteId);
    }
}
