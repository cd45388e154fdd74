using ContactsSdk.DependencyInjection;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.AgentClara;
using ContactsSdk.Vendors.Ecwid;
using ContactsSdk.Vendors.Wix;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Testing;

/// <summary>The shipped glue: one call points a registration (lambda or configuration, DI or the builder) at a fake.</summary>
public sealed class FakeRegistrationExtensionsTests
{
    private static readonly ContactDraft Ada = new()
    {
        Name = PersonName.FromFull("Ada Lovelace"),
        Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com")],
    };

    private AgentClaraFake _clara = null!;
    private WixFake _wix = null!;
    private EcwidFake _ecwid = null!;

    [OneTimeSetUp]
    public void StartFakes()
    {
        _clara = AgentClaraFake.Start();
        _wix = WixFake.Start();
        _ecwid = EcwidFake.Start();
    }

    [OneTimeTearDown]
    public void StopFakes()
    {
        _clara.Dispose();
        _wix.Dispose();
        _ecwid.Dispose();
    }

    [SetUp]
    public void ResetFakes()
    {
        _clara.Reset();
        _wix.Reset();
        _ecwid.Reset();
    }

    [Test]
    public async Task UseFake_ConfigurationSectionRegistration_WinsOverTheBoundAddressAndKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Contacts:Clara:ApiKey"] = "sk_live_from_configuration",
            ["Contacts:Clara:BaseAddress"] = "https://api.agentclara.example/",
            ["Contacts:Clara:Resilience:PaceRequests"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.AddContactsSdk()
            .AddAgentClara("clara", configuration.GetSection("Contacts:Clara"))
            .UseFake("clara", _clara);
        await using var provider = services.BuildServiceProvider();

        var created = await provider.GetRequiredKeyedService<IAgentClaraContactsClient>("clara").CreateAsync(Ada);

        Assert.That(_clara.ContactCount(), Is.EqualTo(1), "the create reached the fake, not the configured address");
        Assert.That(_clara.Journal.Single().Authorization, Is.EqualTo($"Bearer {AgentClaraFake.DefaultCredential}"));
        var options = provider.GetRequiredService<IOptionsMonitor<AgentClaraOptions>>().Get("clara");
        Assert.That(options.Resilience.PaceRequests, Is.False, "the glue turns the bound pacing off");
        Assert.That(created.Id, Does.StartWith("cust_"));
    }

    [Test]
    public async Task UseFake_LambdaRegistrationOnTheBuilder_TalksToTheFake()
    {
        await using var clients = WixRedirectedToTheFake(options =>
        {
            options.ApiKey = "IST.real-key";
            options.SiteId = "real-site";
        });

        var created = await clients.Get("wix").CreateAsync(Ada);

        Assert.That(_wix.ContactCount(), Is.EqualTo(1));
        Assert.That(_wix.Journal.Single().Authorization, Is.EqualTo(WixFake.DefaultCredential));
        Assert.That(created.PrimaryEmail, Is.EqualTo("ada@example.com"));
    }

    [Test]
    public async Task UseFake_WixOAuthRegistration_UsesTheFakesDefaultApp()
    {
        await using var clients = WixRedirectedToTheFake(options =>
        {
            options.AppId = "real-app";
            options.AppSecret = "real-secret";
            options.InstanceId = "real-instance";
        });

        await clients.Get("wix").CreateAsync(Ada);

        Assert.That(_wix.ContactCount(), Is.EqualTo(1), "the fake's default app instance is installed on its default site");
        Assert.That(_wix.Journal.Select(request => request.Body ?? string.Empty), Has.Some.Contains(WixFake.DefaultAppId));
    }

    [Test]
    public async Task AddEcwid_WithAFake_RetriesAtOnceOnTheFakesClock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var ecwid = EcwidFake.Start(new EcwidFakeOptions { TimeProvider = clock });
        await using var clients = new ContactsClientBuilder()
            .Configure(sdk => sdk.AddEcwid("shop", ecwid))
            .Build();
        var created = await clients.Get("shop").CreateAsync(Ada);
        ecwid.ClearJournal();
        ecwid.FailNext(1, 503, method: "GET");

        // Nobody advances the clock: the retry must not wait on it.
        var fetched = await clients.Get("shop").GetAsync(created.Id).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(fetched.Id, Is.EqualTo(created.Id));
        Assert.That(ecwid.Journal.Count(request => request.Method == "GET"), Is.EqualTo(2), "one 503, one retry");
        Assert.That(ecwid.Journal[^1].ReceivedAt, Is.EqualTo(clock.GetUtcNow()), "the journal runs on the shared clock");
    }

    [Test]
    public async Task AddAgentClara_WithAFakeOnItsOwnClock_GivesTheClientsThatClock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var clara = AgentClaraFake.Start(new AgentClaraFakeOptions { TimeProvider = clock });
        var services = new ServiceCollection();
        services.AddContactsSdk().AddAgentClara("clara", clara);
        await using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetService<TimeProvider>(), Is.SameAs(clock));
    }

    [Test]
    public async Task AddAgentClara_WithAFakeOnTheSystemClock_RegistersNoClock()
    {
        var services = new ServiceCollection();
        services.AddContactsSdk().AddAgentClara("clara", _clara);
        await using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetService<TimeProvider>(), Is.Null);
    }

    [Test]
    public async Task AddAgentClara_WithAFake_AppliesTestDefaultsThenTheCallersConfigure()
    {
        var services = new ServiceCollection();
        services.AddContactsSdk()
            .AddAgentClara("paced", _clara, options => options.Resilience.PaceRequests = true)
            .AddAgentClara("plain", _clara);
        await using var provider = services.BuildServiceProvider();
        var monitor = provider.GetRequiredService<IOptionsMonitor<AgentClaraOptions>>();

        var plain = monitor.Get("plain");
        Assert.That(plain.BaseAddress, Is.EqualTo(_clara.BaseAddress));
        Assert.That(plain.ApiKey, Is.EqualTo(AgentClaraFake.DefaultCredential));
        Assert.That(plain.Resilience.PaceRequests, Is.False);
        Assert.That(plain.Resilience.RetryBaseDelay, Is.EqualTo(TimeSpan.Zero));
        Assert.That(monitor.Get("paced").Resilience.PaceRequests, Is.True, "the caller's configure runs last");
    }

    [Test]
    public void UseFake_NameNotRegistered_ThrowsArgumentExceptionNamingIt()
    {
        var sdk = new ServiceCollection().AddContactsSdk();

        var thrown = Assert.Throws<ArgumentException>(() => sdk.UseFake("clara", _clara));

        Assert.That(thrown.ParamName, Is.EqualTo("name"));
        Assert.That(thrown.Message, Does.Contain("AddAgentClara"));
    }

    [Test]
    public void UseFake_NameOfAnotherVendor_ThrowsArgumentException()
    {
        var sdk = new ServiceCollection().AddContactsSdk().AddEcwid("shop", _ecwid);

        var thrown = Assert.Throws<ArgumentException>(() => sdk.UseFake("shop", _wix));

        Assert.That(thrown.ParamName, Is.EqualTo("name"));
    }

    [Test]
    public void Glue_BadArguments_ThrowBeforeRegistering()
    {
        var sdk = new ServiceCollection().AddContactsSdk();

        Assert.Throws<ArgumentNullException>(() => sdk.AddAgentClara("clara", (AgentClaraFake)null!));
        Assert.Throws<ArgumentNullException>(() => sdk.UseFake("clara", (WixFake)null!));
        Assert.Throws<ArgumentException>(() => sdk.UseFake(" ", _ecwid));
        Assert.Throws<ArgumentNullException>(() => FakeRegistrationExtensions.AddWix(null!, "wix", _wix));
        Assert.That(sdk.Services.Any(descriptor => descriptor.IsKeyedService), Is.False, "nothing was registered");
    }

    // The app's own lambda registration, then the test's one line on ContactsClientBuilder.
    private ContactsClients WixRedirectedToTheFake(Action<WixOptions> registration)
        => new ContactsClientBuilder().Configure(sdk => sdk.AddWix("wix", registration).UseFake("wix", _wix)).Build();
}
