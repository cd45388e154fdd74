using ContactsSdk.DependencyInjection;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.AgentClara;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContactsSdk.Tests.DependencyInjection;

/// <summary>DI registration: keyed clients, the factory, options validation, configuration binding, the no-DI builder.</summary>
public sealed partial class ContactsSdkBuilderTests
{
    private AgentClaraFake _fake = null!;

    [OneTimeSetUp]
    public void StartFake() => _fake = AgentClaraFake.Start();

    [OneTimeTearDown]
    public void StopFake() => _fake.Dispose();

    [SetUp]
    public void ResetFake() => _fake.Reset();

    [Test]
    public async Task AddAgentClara_ResolvesKeyedFacadeVendorInterfaceAndFactory_AllReachTheFake()
    {
        await using var provider = BuildProvider(sdk => sdk.AddAgentClara("clara", UseFake));

        var facade = provider.GetRequiredKeyedService<IContactsClient>("clara");
        var vendor = provider.GetRequiredKeyedService<IAgentClaraContactsClient>("clara");
        var factory = provider.GetRequiredService<IContactsClientFactory>();

        Assert.That(facade.Vendor, Is.EqualTo(ContactsVendor.AgentClara));
        Assert.That(factory.Names, Is.EqualTo(new[] { "clara" }));
        Assert.That(factory.Get<IAgentClaraContactsClient>("clara"), Is.InstanceOf<AgentClaraContactsClient>());
        await facade.TryGetAsync("cust_missing");
        await vendor.SearchAsync("x").ToListAsync();
        Assert.That(_fake.Journal.Select(r => r.Authorization), Is.All.EqualTo("Bearer " + AgentClaraFake.DefaultCredential));
    }

    [Test]
    public async Task AddAgentClara_TwoNames_EachUsesItsOwnKey()
    {
        _fake.AddCredential("sk_test_second_account_key", "second");
        await using var provider = BuildProvider(sdk => sdk
            .AddAgentClara("first", UseFake)
            .AddAgentClara("second", o => { UseFake(o); o.ApiKey = "sk_test_second_account_key"; }));
        var factory = provider.GetRequiredService<IContactsClientFactory>();

        var created = await factory.Get("second").CreateAsync(new ContactDraft { Name = PersonName.FromFull("Second only") });

        Assert.That(_fake.ContactCount("second"), Is.EqualTo(1));
        Assert.That(await factory.Get("first").TryGetAsync(created.Id), Is.Null, "sub-accounts are separate stores");
    }

    [Test]
    public void AddAgentClara_SameNameTwice_ThrowsArgumentException()
    {
        var services = new ServiceCollection();
        var sdk = services.AddContactsSdk().AddAgentClara("clara", UseFake);

        var ex = Assert.Throws<ArgumentException>(() => services.AddContactsSdk().AddAgentClara("clara", UseFake));
        Assert.That(ex!.Message, Does.Contain("clara"));
        Assert.That(sdk.Services, Is.SameAs(services));
    }

    [Test]
    public void Factory_UnknownName_ThrowsArgumentExceptionListingNames()
    {
        using var provider = BuildProvider(sdk => sdk.AddAgentClara("clara", UseFake));

        var ex = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<IContactsClientFactory>().Get("shop"));

        Assert.That(ex!.Message, Does.Contain("shop").And.Contain("clara"));
    }

    [TestCase(null, "https://api.agentclara.app/", "ApiKey is required")]
    [TestCase("sk_test_valid_key_123", "http://api.agentclara.app/", "HTTPS")]
    [TestCase("sk_test_with space", "https://api.agentclara.app/", "whitespace")]
    public void StartupValidation_InvalidOptions_FailsNamingTheProblem(string? apiKey, string baseAddress, string expected)
    {
        using var provider = BuildProvider(sdk => sdk.AddAgentClara("clara", o =>
        {
            o.ApiKey = apiKey;
            o.BaseAddress = new Uri(baseAddress);
        }));

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(ex!.Message, Does.Contain(expected).And.Contain("'clara'"));
        if (apiKey is not null)
        {
            Assert.That(ex.Message, Does.Not.Contain(apiKey));
        }
    }

    [Test]
    public void StartupValidation_LoopbackHttp_IsAllowed()
    {
        using var provider = BuildProvider(sdk => sdk.AddAgentClara("clara", UseFake));

        Assert.DoesNotThrow(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    [Test]
    public async Task AddAgentClara_ConfigurationSection_BindsKeyAddressAndResilience()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Contacts:Clara:ApiKey"] = AgentClaraFake.DefaultCredential,
            ["Contacts:Clara:BaseAddress"] = _fake.BaseAddress.ToString(),
            ["Contacts:Clara:Resilience:MaxRetryAttempts"] = "0",
        }).Build();
        await using var provider = BuildProvider(sdk => sdk.AddAgentClara("clara", configuration.GetSection("Contacts:Clara")));

        var options = provider.GetRequiredService<IOptionsMonitor<AgentClaraOptions>>().Get("clara");
        _fake.FailNext(1, 503, "GET");
        var client = provider.GetRequiredKeyedService<IContactsClient>("clara");

        Assert.That(options.Resilience.MaxRetryAttempts, Is.Zero);
        await Assert.ThrowsAsync<ContactsSdk.Errors.ContactsUnavailableException>(() => client.TryGetAsync("cust_abc"));
        Assert.That(_fake.Journal, Has.Count.EqualTo(1), "with retries off, a 503 is not retried");
    }

    [Test]
    public async Task ContactsClientBuilder_BuildsWorkingClientWithoutDi()
    {
        await using var clients = new ContactsClientBuilder().Configure(sdk => sdk.AddAgentClara("clara", UseFake)).Build();

        var created = await clients.Get("clara").CreateAsync(new ContactDraft { Name = PersonName.FromFull("No DI") });

        Assert.That(created.Id, Does.StartWith("cust_"));
        Assert.That(clients.Names, Is.EqualTo(new[] { "clara" }));
    }

    [Test]
    public void ContactsClientBuilder_InvalidOptions_BuildThrows()
        => Assert.Throws<OptionsValidationException>(() => new ContactsClientBuilder().Configure(sdk => sdk.AddAgentClara("clara", _ => { })).Build());

    [Test]
    public void Options_ToString_DoesNotRevealTheKey()
    {
        var options = new AgentClaraOptions { ApiKey = "sk_live_supersecretvalue" };

        Assert.That(options.ToString(), Does.Not.Contain("supersecret"));
    }

    private void UseFake(AgentClaraOptions options)
    {
        options.ApiKey = AgentClaraFake.DefaultCredential;
        options.BaseAddress = _fake.BaseAddress;
        options.Resilience.MaxRetryAttempts = 0;
        options.Resilience.PaceRequests = false;
    }

    private static ServiceProvider BuildProvider(Action<ContactsSdkBuilder> configure)
    {
        var services = new ServiceCollection();
        configure(services.AddContactsSdk());
        return services.BuildServiceProvider();
    }
}
