using ContactsSdk.DependencyInjection;
using ContactsSdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContactsSdk.Tests.Docs;

/// <summary>The tests docs/testing.md shows (each region is cut into the page), run as part of the suite.</summary>
public sealed class TestingDocsTests
{
    #region fake-glue-tests
    private static readonly ContactDraft Ada = new()
    {
        Name = PersonName.FromFull("Ada Lovelace"),
        Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com")],
    };

    [Test]
    public async Task CreateAsync_OnTheAgentClaraFake_StoresTheContact()
    {
        using var fake = AgentClaraFake.Start();
        await using var clients = new ContactsClientBuilder().Configure(sdk => sdk.AddAgentClara("clara", fake)).Build();

        await clients.Get("clara").CreateAsync(Ada);

        Assert.That(fake.ContactCount(), Is.EqualTo(1));
    }

    [Test]
    public async Task GetAsync_OnTheWixFake_ReadsBackWhatWasCreated()
    {
        using var fake = WixFake.Start();
        await using var clients = new ContactsClientBuilder().Configure(sdk => sdk.AddWix("site", fake)).Build();

        var ada = await clients.Get("site").CreateAsync(Ada);

        Assert.That((await clients.Get("site").GetAsync(ada.Id)).PrimaryEmail, Is.EqualTo("ada@example.com"));
    }

    [Test]
    public async Task DeleteAsync_OnTheEcwidFake_RemovesTheCustomer()
    {
        using var fake = EcwidFake.Start();
        await using var clients = new ContactsClientBuilder().Configure(sdk => sdk.AddEcwid("shop", fake)).Build();
        var ada = await clients.Get("shop").CreateAsync(Ada);
        await clients.Get("shop").DeleteAsync(ada.Id);

        Assert.That(await clients.Get("shop").TryGetAsync(ada.Id), Is.Null);
    }
    #endregion

    [Test]
    public async Task UseFake_OverAConfiguredRegistration_SendsEveryCallToTheFake()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Contacts:Clara:ApiKey"] = "sk_live_from_configuration",
        }).Build();

        #region fake-glue-di
        using var fake = AgentClaraFake.Start();
        var services = new ServiceCollection();
        services.AddContactsSdk()
            .AddAgentClara("clara", configuration.GetSection("Contacts:Clara"))   // your app's own registration
            .UseFake("clara", fake);                                              // the test's one line: the fake wins
        await using var provider = services.BuildServiceProvider();
        #endregion

        await provider.GetRequiredKeyedService<IContactsClient>("clara").CreateAsync(Ada);
        Assert.That(fake.Journal.Single().Authorization, Is.EqualTo($"Bearer {AgentClaraFake.DefaultCredential}"));
    }
}
