using ContactsSdk.DependencyInjection;
using ContactsSdk.Samples;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.AgentClara;
using ContactsSdk.Vendors.Ecwid;

namespace ContactsSdk.Tests.Docs;

/// <summary>The code docs/extending-and-mocking.md shows (regions cut into the page), run as part of the suite.</summary>
public sealed class ExtendingAndMockingDocsTests
{
    #region subclient-against-fake
    [Test]
    public async Task Groups_FindOrCreateAsync_OnTheEcwidFake_CreatesOnceThenFinds()
    {
        using var fake = EcwidFake.Start();
        await using var clients = new ContactsClientBuilder().Configure(sdk => sdk.AddEcwid("shop", fake)).Build();
        var shop = clients.Get<IEcwidContactsClient>("shop");

        var created = await shop.Groups.FindOrCreateAsync("VIP");
        var found = await shop.Groups.FindOrCreateAsync("vip");

        Assert.That(found, Is.EqualTo(created));
    }
    #endregion

    [Test]
    public async Task StubConversations_ListsOnlyTheContactsConversations()
    {
        var conversations = new StubConversations(
            new AgentClaraConversation { Id = "conv_1", ContactId = "cust_ada" },
            new AgentClaraConversation { Id = "conv_2", ContactId = "cust_grace" });

        var listed = await conversations.ListAsync("cust_ada").ToListAsync();

        Assert.That(listed.Select(conversation => conversation.Id), Is.EqualTo(new[] { "conv_1" }));
    }

    [Test]
    public void VendorClientClasses_AreSealed_SoTheInterfacesAreTheOneSeam()
    {
        Assert.Multiple(() =>
        {
            Assert.That(typeof(EcwidContactsClient).IsSealed, Is.True);
            Assert.That(typeof(AgentClaraContactsClient).IsSealed, Is.True);
            Assert.That(typeof(EcwidContactsClient).GetConstructors(), Is.Empty, "no public constructor: resolve it from DI or the builder");
            Assert.That(typeof(AgentClaraContactsClient).GetConstructors(), Is.Empty);
        });
    }
}
