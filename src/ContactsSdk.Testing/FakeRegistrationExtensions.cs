using ContactsSdk.Configuration;
using System.Diagnostics.CodeAnalysis;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Vendors.AgentClara;
using ContactsSdk.Vendors.Ecwid;
using ContactsSdk.Vendors.Wix;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactsSdk.Testing;

/// <summary>
/// Points client registrations at the fakes in one call, with test-friendly settings, for <c>AddContactsSdk()</c> and
/// <see cref="ContactsClientBuilder"/> alike.
/// </summary>
/// <remarks>
/// <para>
/// Pointing a registration at a fake sets, after every other configuration (lambda or bound section), so that they win:
/// the fake's <see cref="VendorFake.BaseAddress"/>; its default credential (<see cref="AgentClaraFake.DefaultCredential"/>;
/// <see cref="WixFake.DefaultCredential"/> with <see cref="WixFake.DefaultSiteId"/>, or the fake's default OAuth app when
/// the options already name an <see cref="WixOptions.AppId"/> and no API key; <see cref="EcwidFake.DefaultStoreId"/> with
/// <see cref="EcwidFake.DefaultCredential"/>); <see cref="Resilience.ContactsResilienceOptions.PaceRequests"/> off, since every
/// test shares the default credential's budget; and a zero
/// <see cref="Resilience.ContactsResilienceOptions.RetryBaseDelay"/>, so retries happen at once (a <c>Retry-After</c> is
/// still honoured). Then it runs your <c>configure</c>, so a test about quotas can turn pacing back on.
/// </para>
/// <para>
/// When the fake runs on a clock of its own (its options' <c>TimeProvider</c>), that clock also becomes the clients'
/// <see cref="TimeProvider"/>, unless the services already register one.
/// </para>
/// </remarks>
[SuppressMessage(
    "ApiDesign",
    "RS0026:Do not add multiple public overloads with optional parameters",
    Justification = "The overloads differ in the fake's type, which is never optional, so a call cannot bind ambiguously.")]
public static class FakeRegistrationExtensions
{
    /// <summary>Registers an AgentClara client under <paramref name="name"/> that talks to <paramref name="fake"/> with test-friendly settings.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="fake">The fake to talk to.</param>
    /// <param name="configure">Runs last, after the fake's settings, e.g. to turn pacing back on.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="fake"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or already registered.</exception>
    public static ContactsSdkBuilder AddAgentClara(
        this ContactsSdkBuilder builder, string name, AgentClaraFake fake, Action<AgentClaraOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(fake);
        return builder.AddAgentClara(name, static _ => { }).UseFake(name, fake, configure);
    }

    /// <summary>Registers a Wix client under <paramref name="name"/> that talks to <paramref name="fake"/> with its default API key and site.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="fake">The fake to talk to.</param>
    /// <param name="configure">Runs last, after the fake's settings.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="fake"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or already registered.</exception>
    public static ContactsSdkBuilder AddWix(this ContactsSdkBuilder builder, string name, WixFake fake, Action<WixOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(fake);
        return builder.AddWix(name, static _ => { }).UseFake(name, fake, configure);
    }

    /// <summary>Registers an Ecwid client under <paramref name="name"/> that talks to <paramref name="fake"/>'s default store.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="fake">The fake to talk to.</param>
    /// <param name="configure">Runs last, after the fake's settings.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="fake"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or already registered.</exception>
    public static ContactsSdkBuilder AddEcwid(this ContactsSdkBuilder builder, string name, EcwidFake fake, Action<EcwidOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(fake);
        return builder.AddEcwid(name, static _ => { }).UseFake(name, fake, configure);
    }

    /// <summary>
    /// Points the AgentClara client already registered under <paramref name="name"/> (by a lambda or a configuration section)
    /// at <paramref name="fake"/>, overriding the configured address and key.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="name">The name of an AgentClara registration.</param>
    /// <param name="fake">The fake to talk to.</param>
    /// <param name="configure">Runs last, after the fake's settings.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="fake"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or no AgentClara client is registered under it.</exception>
    public static ContactsSdkBuilder UseFake(
        this ContactsSdkBuilder builder, string name, AgentClaraFake fake, Action<AgentClaraOptions>? configure = null)
        => PointAt<AgentClaraOptions, IAgentClaraContactsClient>(
            builder, name, fake, ContactsVendor.AgentClara, static options => options.ApiKey = AgentClaraFake.DefaultCredential, configure);

    /// <summary>
    /// Points the Wix client already registered under <paramref name="name"/> at <paramref name="fake"/>: its default API key
    /// and site, or its default OAuth app when the registration uses OAuth (an <see cref="WixOptions.AppId"/> and no API key).
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="name">The name of a Wix registration.</param>
    /// <param name="fake">The fake to talk to.</param>
    /// <param name="configure">Runs last, after the fake's settings.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="fake"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or no Wix client is registered under it.</exception>
    public static ContactsSdkBuilder UseFake(this ContactsSdkBuilder builder, string name, WixFake fake, Action<WixOptions>? configure = null)
        => PointAt<WixOptions, IWixContactsClient>(builder, name, fake, ContactsVendor.Wix, UseWixCredentials, configure);

    /// <summary>Points the Ecwid client already registered under <paramref name="name"/> at <paramref name="fake"/>'s default store and token.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="name">The name of an Ecwid registration.</param>
    /// <param name="fake">The fake to talk to.</param>
    /// <param name="configure">Runs last, after the fake's settings.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="fake"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or no Ecwid client is registered under it.</exception>
    public static ContactsSdkBuilder UseFake(this ContactsSdkBuilder builder, string name, EcwidFake fake, Action<EcwidOptions>? configure = null)
        => PointAt<EcwidOptions, IEcwidContactsClient>(builder, name, fake, ContactsVendor.Ecwid, static options =>
        {
            options.StoreId = EcwidFake.DefaultStoreId;
            options.AccessToken = EcwidFake.DefaultCredential;
        }, configure);

    private static ContactsSdkBuilder PointAt<TOptions, TClient>(
        ContactsSdkBuilder builder,
        string name,
        VendorFake fake,
        ContactsVendor vendor,
        Action<TOptions> useCredentials,
        Action<TOptions>? configure)
        where TOptions : ContactsClientOptions
        where TClient : class, IContactsClient
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(fake);
        if (!IsRegistered<TClient>(builder.Services, name))
        {
            throw new ArgumentException(
                $"No {vendor} client is registered as '{name}'. Register it first (Add{vendor}(\"{name}\", …)), or call Add{vendor}(\"{name}\", fake).",
                nameof(name));
        }

        var baseAddress = fake.BaseAddress;

        // PostConfigure runs after every Configure and Bind of these named options, so the fake wins over configuration.
        builder.Services.PostConfigure<TOptions>(name, options =>
        {
            options.BaseAddress = baseAddress;
            useCredentials(options);
            options.Resilience ??= new();
            options.Resilience.PaceRequests = FakeClientDefaults.PaceRequests;
            options.Resilience.RetryBaseDelay = FakeClientDefaults.RetryBaseDelay;
            configure?.Invoke(options);
        });
        if (!ReferenceEquals(fake.Clock, TimeProvider.System))
        {
            builder.Services.TryAddSingleton(fake.Clock);
        }

        return builder;
    }

    // Each vendor's registration adds its own interface as a keyed service under the name, so the service collection alone
    // says whether the name belongs to this vendor.
    private static bool IsRegistered<TClient>(IServiceCollection services, string name)
        => services.Any(descriptor => descriptor.IsKeyedService && descriptor.ServiceType == typeof(TClient) && Equals(descriptor.ServiceKey, name));

    private static void UseWixCredentials(WixOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ApiKey) && !string.IsNullOrWhiteSpace(options.AppId))
        {
            options.AppId = WixFake.DefaultAppId;
            options.AppSecret = WixFake.DefaultAppSecret;
            options.InstanceId = WixFake.DefaultInstanceId;
            options.SiteId = null;
            return;
        }

        options.ApiKey = WixFake.DefaultCredential;
        options.SiteId = WixFake.DefaultSiteId;
        options.AppId = null;
        options.AppSecret = null;
        options.InstanceId = null;
    }
}
