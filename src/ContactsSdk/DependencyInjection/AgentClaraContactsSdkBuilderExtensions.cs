using System.Net.Http.Headers;
using ContactsSdk.Vendors.AgentClara;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContactsSdk.DependencyInjection;

/// <summary>Registers AgentClara clients.</summary>
public static class AgentClaraContactsSdkBuilderExtensions
{
    /// <summary>Registers an AgentClara client under <paramref name="name"/>, resolvable as a keyed <see cref="IContactsClient"/> and <see cref="IAgentClaraContactsClient"/>.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configure">Sets the options; <see cref="AgentClaraOptions.ApiKey"/> is required.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or already registered.</exception>
    public static ContactsSdkBuilder AddAgentClara(this ContactsSdkBuilder builder, string name, Action<AgentClaraOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(builder, name, options => options.Configure(configure));
    }

    /// <summary>Registers an AgentClara client under <paramref name="name"/>, bound to a configuration section (<c>ApiKey</c>, <c>BaseAddress</c>, <c>Resilience</c>).</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configuration">The section to bind.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or already registered.</exception>
    public static ContactsSdkBuilder AddAgentClara(this ContactsSdkBuilder builder, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        return Register(builder, name, options => options.Bind(configuration));
    }

    private static ContactsSdkBuilder Register(
        ContactsSdkBuilder builder, string name, Func<OptionsBuilder<AgentClaraOptions>, OptionsBuilder<AgentClaraOptions>> configure)
    {
        builder.AddVendor<AgentClaraOptions, IAgentClaraApi, AgentClaraContactsClient, AgentClaraOptionsValidator>(new(
            name,
            ContactsVendor.AgentClara,
            AgentClaraJsonContext.Default,
            configure,
            (client, options) => client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey),
            (api, context) => new AgentClaraContactsClient(api, context)));
        builder.Services.AddKeyedTransient<IAgentClaraContactsClient>(
            name, (services, key) => services.GetRequiredKeyedService<AgentClaraContactsClient>(key));
        return builder;
    }
}
