using ContactsSdk.Vendors.AgentClara;
using ContactsSdk;
using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers AgentClara clients.</summary>
public static class AgentClaraContactsSdkBuilderExtensions
{
    /// <summary>
    /// Registers the default AgentClara client, resolvable as a plain <see cref="IContactsClient"/> and <see cref="IAgentClaraContactsClient"/>
    /// (and under <see cref="ContactsSdkBuilder.DefaultName"/>).
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException">A client named <see cref="ContactsSdkBuilder.DefaultName"/> is already registered.</exception>
    public static ContactsSdkBuilder AddAgentClara(this ContactsSdkBuilder builder, Action<AgentClaraOptions> configure)
        => builder.AddAgentClara(ContactsSdkBuilder.DefaultName, configure);

    /// <summary>Registers the default AgentClara client, bound to a configuration section; see <see cref="AddAgentClara(ContactsSdkBuilder, Action{AgentClaraOptions})"/>.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configuration">The section to bind.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentException">A client named <see cref="ContactsSdkBuilder.DefaultName"/> is already registered.</exception>
    public static ContactsSdkBuilder AddAgentClara(this ContactsSdkBuilder builder, IConfiguration configuration)
        => builder.AddAgentClara(ContactsSdkBuilder.DefaultName, configuration);

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
            (api, context) => new AgentClaraContactsClient(api, context)));
        if (name == ContactsSdkBuilder.DefaultName)
        {
            builder.Services.AddTransient<IAgentClaraContactsClient>(services => services.GetRequiredKeyedService<AgentClaraContactsClient>(ContactsSdkBuilder.DefaultName));
        }

        builder.Services.AddKeyedTransient<IAgentClaraContactsClient>(
            name, (services, key) => services.GetRequiredKeyedService<AgentClaraContactsClient>(key));
        return builder;
    }
}
