using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContactsSdk.Configuration;
using ContactsSdk.Diagnostics;
using ContactsSdk.Internal;
using ContactsSdk.Redaction;
using ContactsSdk.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Refit;

namespace ContactsSdk.DependencyInjection;

/// <summary>Registers named vendor clients; returned by <see cref="ContactsSdkServiceCollectionExtensions.AddContactsSdk"/>.</summary>
public sealed class ContactsSdkBuilder
{
    /// <summary>
    /// The name of the client registered without one (e.g. <c>AddAgentClara(o => …)</c>); that client is also resolvable
    /// as a plain, unkeyed <see cref="IContactsClient"/> and vendor interface.
    /// </summary>
    public const string DefaultName = "default";

    // Connections are recycled this often, so a client held for the app's lifetime (a singleton) still follows DNS
    // changes of the vendor's hosts.
    internal static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    private readonly ContactsClientRegistry _registry;

    internal ContactsSdkBuilder(IServiceCollection services, ContactsClientRegistry registry)
    {
        Services = services;
        _registry = registry;
    }

    /// <summary>Gets the service collection the clients are registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Registers one vendor client under its name: validated options, a named HTTP client from the factory with
    /// the vendor's auth, PII-free logging and the one resilience pipeline, the Refit client, and the facade as keyed services.
    /// </summary>
    internal ContactsSdkBuilder AddVendor<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions,
        TApi,
        TClient,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator>(VendorRegistration<TOptions, TApi, TClient> registration)
        where TOptions : ContactsClientOptions
        where TApi : class
        where TClient : class, IContactsClient
        where TValidator : class, IValidateOptions<TOptions>
    {
        var name = registration.Name;
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _registry.Add(name, registration.Vendor);

        registration.ConfigureOptions(Services.AddOptions<TOptions>(name)).ValidateOnStart();
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());

        TOptions OptionsOf(IServiceProvider services) => services.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name);

        var refitSettings = RefitSettingsFor(registration.JsonContext);
        var http = Services.AddKeyedRefitGeneratedClient<TApi>(name, registration.JsonContext, _ => refitSettings, HttpClientName(registration.Vendor, name), false)
            .ConfigureHttpClient((services, client) => ConfigureHttpClient(client, OptionsOf(services)))
            .RemoveAllLoggers();

        // Right after Refit's own primary handler (a bare HttpClientHandler), before anything configures the primary.
        Services.Configure<HttpClientFactoryOptions>(http.Name, factory => factory.HttpMessageHandlerBuilderActions.Add(UpgradeDefaultPrimaryHandler));

        if (registration.AuthenticationHandler is { } authenticationHandler)
        {
            http.AddHttpMessageHandler(services => authenticationHandler(services, OptionsOf(services)));
        }

        http
            .AddHttpMessageHandler(services => new ContactsLoggingHandler(registration.Vendor, LoggerOf(services)))
            .AddContactsResilience(registration.Vendor, services => OptionsOf(services).ToResilienceProfile())
            .AddHttpMessageHandler(services => new BoundedResponseHandler(OptionsOf(services).MaxResponseBodySize))
            .ConfigurePrimaryHttpMessageHandler((handler, _) => ConfigurePrimaryHandler(handler));


        Services.AddKeyedTransient<TClient>(name, (services, _) =>
        {
            var options = OptionsOf(services);
            var secrets = options.Secrets.ToArray();
            var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
            var context = new VendorClientContext(
                text => SecretRedactor.Redact(text, secrets), clock,
                new ContactWriteLock(registration.Vendor, options.WriteLockScope, clock, services.GetService<IContactWriteLockProvider>()),
                ChangeFeedAccount.Of(options));
            return registration.CreateClient(services.GetRequiredKeyedService<TApi>(name), context);
        });
        Services.AddKeyedTransient<IContactsClient>(name, (services, key) => services.GetRequiredKeyedService<TClient>(key));
        if (name == DefaultName)
        {
            Services.AddTransient<IContactsClient>(services => services.GetRequiredKeyedService<TClient>(DefaultName));
        }

        return this;
    }

    /// <summary>
    /// Adds to the HTTP client of one registered client, e.g. a handler that adds a header, or a proxy on its primary handler.
    /// Handlers added here run inside the SDK's resilience pipeline, once per attempt.
    /// </summary>
    /// <param name="name">The name the client was registered under (<see cref="DefaultName"/> for one registered without a name).</param>
    /// <param name="configure">
    /// Configures the client's <see cref="IHttpClientBuilder"/>: <c>AddHttpMessageHandler(…)</c> for a handler, or
    /// <c>ConfigurePrimaryHttpMessageHandler((handler, _) => ((SocketsHttpHandler)handler).Proxy = …)</c> for a proxy. Change the
    /// primary handler rather than replacing it: it is set never to follow redirects and to recycle connections.
    /// </param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentException">No client is registered under <paramref name="name"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    /// <example>
    /// <code>
    /// sdk.AddAgentClara("clara", o => o.ApiKey = apiKey)
    ///    .ConfigureHttpClient("clara", http => http.AddHttpMessageHandler(() => new TenantHeaderHandler()));
    /// </code>
    /// </example>
    public ContactsSdkBuilder ConfigureHttpClient(string name, Action<IHttpClientBuilder> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        var vendor = _registry.VendorOf(name) ?? throw new ArgumentException($"No contacts client named '{name}' is registered; register it first.", nameof(name));
        configure(Services.AddHttpClient(HttpClientName(vendor, name)));
        return this;
    }

    // Refit keeps the settings' serializer options, so they must be the context's own (naming policy, null handling).
    private static RefitSettings RefitSettingsFor(JsonSerializerContext context)
        => new(new SystemTextJsonContentSerializer(new JsonSerializerOptions(context.Options)));

    internal static string HttpClientName(ContactsVendor vendor, string name) => $"ContactsSdk.{vendor}.{name}";

    private static void ConfigureHttpClient(HttpClient client, ContactsClientOptions options)
    {
        client.BaseAddress = options.RequestRoot;

        // The resilience pipeline owns every timeout; HttpClient's own 100 s would cut across it.
        client.Timeout = Timeout.InfiniteTimeSpan;
        ContactsUserAgent.AddTo(client.DefaultRequestHeaders, options.ApplicationId);
        options.Authenticate(client.DefaultRequestHeaders);
    }

    // The vendors' APIs never redirect; following one would re-send the body (contact data, Wix's client_secret) to another
    // origin and use what it answers. A 3xx then fails the call as a ContactsException. An app's own primary handler of
    // another type is left alone; BoundedResponseHandler still refuses an answer whose request was redirected.
    // Refit's default primary handler is a bare HttpClientHandler, which cannot recycle connections; it is swapped for a
    // SocketsHttpHandler (same defaults, system proxy included). A handler the app configured is kept.
    private static void UpgradeDefaultPrimaryHandler(HttpMessageHandlerBuilder builder)
    {
        if (SocketsHttpHandler.IsSupported && builder.PrimaryHandler is HttpClientHandler handler && IsUntouchedDefault(handler))
        {
            handler.Dispose();
            builder.PrimaryHandler = new SocketsHttpHandler();
        }
    }

    private static bool IsUntouchedDefault(HttpClientHandler handler)
        => handler.GetType() == typeof(HttpClientHandler) && handler.Proxy is null && handler.UseProxy && handler.Credentials is null
            && handler.ServerCertificateCustomValidationCallback is null;

    // Connections are also recycled (see PooledConnectionLifetime), so a client held in a singleton follows DNS changes.
    private static void ConfigurePrimaryHandler(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                sockets.PooledConnectionLifetime = PooledConnectionLifetime;
                break;
            case HttpClientHandler client:
                client.AllowAutoRedirect = false;
                break;
        }
    }

    private static ILogger LoggerOf(IServiceProvider services)
        => services.GetService<ILoggerFactory>()?.CreateLogger("ContactsSdk") ?? NullLogger.Instance;
}
