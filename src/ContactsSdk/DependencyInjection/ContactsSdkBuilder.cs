using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContactsSdk.Diagnostics;
using ContactsSdk.Internal;
using ContactsSdk.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Refit;

namespace ContactsSdk.DependencyInjection;

/// <summary>Registers named vendor clients; returned by <see cref="ContactsSdkServiceCollectionExtensions.AddContactsSdk"/>.</summary>
public sealed class ContactsSdkBuilder
{
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
            .ConfigureHttpClient((services, client) => ConfigureHttpClient(client, OptionsOf(services), registration.Authenticate))
            .RemoveAllLoggers();
        if (registration.AuthenticationHandler is { } authenticationHandler)
        {
            http.AddHttpMessageHandler(services => authenticationHandler(services, OptionsOf(services)));
        }

        http
            .AddHttpMessageHandler(services => new ContactsLoggingHandler(registration.Vendor, LoggerOf(services)))
            .AddContactsResilience(registration.Vendor, services => OptionsOf(services), registration.IsIdempotentPost)
            .AddHttpMessageHandler(services => new BoundedResponseHandler(OptionsOf(services).MaxResponseBodySize))
            .ConfigurePrimaryHttpMessageHandler((handler, _) => NeverFollowRedirects(handler));

        Services.AddKeyedTransient<TClient>(name, (services, _) =>
        {
            var options = OptionsOf(services);
            var secrets = options.Secrets.ToArray();
            var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
            var context = new VendorClientContext(
                text => SecretRedactor.Redact(text, secrets), clock, new ContactWriteLock(registration.Vendor, options.WriteLockScope, clock));
            return registration.CreateClient(services.GetRequiredKeyedService<TApi>(name), context);
        });
        Services.AddKeyedTransient<IContactsClient>(name, (services, key) => services.GetRequiredKeyedService<TClient>(key));
        return this;
    }

    // Refit keeps the settings' serializer options, so they must be the context's own (naming policy, null handling).
    private static RefitSettings RefitSettingsFor(JsonSerializerContext context)
        => new(new SystemTextJsonContentSerializer(new JsonSerializerOptions(context.Options)));

    internal static string HttpClientName(ContactsVendor vendor, string name) => $"ContactsSdk.{vendor}.{name}";

    private static void ConfigureHttpClient<TOptions>(HttpClient client, TOptions options, Action<HttpClient, TOptions> authenticate)
        where TOptions : ContactsClientOptions
    {
        client.BaseAddress = options.BaseAddress;

        // The resilience pipeline owns every timeout; HttpClient's own 100 s would cut across it.
        client.Timeout = Timeout.InfiniteTimeSpan;
        authenticate(client, options);
    }

    // The vendors' APIs never redirect; following one would re-send the body (contact data, Wix's client_secret) to another
    // origin and use what it answers. A 3xx then fails the call as a ContactsException. An app's own primary handler of
    // another type is left alone; BoundedResponseHandler still refuses an answer whose request was redirected.
    private static void NeverFollowRedirects(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
            case HttpClientHandler client:
                client.AllowAutoRedirect = false;
                break;
        }
    }

    private static ILogger LoggerOf(IServiceProvider services)
        => services.GetService<ILoggerFactory>()?.CreateLogger("ContactsSdk") ?? NullLogger.Instance;
}
