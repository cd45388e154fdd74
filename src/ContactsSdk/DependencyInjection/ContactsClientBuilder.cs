using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactsSdk.DependencyInjection;

/// <summary>
/// Builds clients for apps without dependency injection. It uses the same registrations as <c>AddContactsSdk()</c>,
/// so handlers, resilience and validation behave the same.
/// </summary>
/// <example>
/// <code>
/// await using var clients = new ContactsClientBuilder()
///     .Configure(sdk => sdk.AddAgentClara("clara", o => o.ApiKey = apiKey))
///     .Build();
/// var clara = clients.Get("clara");
/// </code>
/// </example>
public sealed class ContactsClientBuilder
{
    private readonly ServiceCollection _services = new();
    private readonly ContactsSdkBuilder _sdk;

    /// <summary>Initializes an empty builder.</summary>
    public ContactsClientBuilder()
    {
        _sdk = _services.AddContactsSdk();
    }

    /// <summary>Registers vendor clients.</summary>
    /// <param name="configure">Calls <c>AddAgentClara</c> and the like on the SDK builder.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public ContactsClientBuilder Configure(Action<ContactsSdkBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_sdk);
        return this;
    }

    /// <summary>Uses a logger factory for the SDK's (PII-free) logs.</summary>
    /// <param name="loggerFactory">The logger factory.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="loggerFactory"/> is null.</exception>
    public ContactsClientBuilder WithLoggerFactory(ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _services.AddSingleton(loggerFactory);
        return this;
    }

    /// <summary>Uses a time provider for timeouts and retry delays, e.g. a fake one in tests.</summary>
    /// <param name="timeProvider">The time provider.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    public ContactsClientBuilder WithTimeProvider(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _services.AddSingleton(timeProvider);
        return this;
    }

    /// <summary>Validates every client's options and builds the clients.</summary>
    /// <returns>The clients; dispose it to release their HTTP handlers.</returns>
    /// <exception cref="OptionsValidationException">Some options are invalid.</exception>
    public ContactsClients Build()
    {
        var provider = _services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
        }
        catch
        {
            provider.Dispose();
            throw;
        }

        return new ContactsClients(provider);
    }
}
