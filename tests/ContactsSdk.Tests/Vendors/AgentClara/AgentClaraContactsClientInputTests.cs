using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.AgentClara;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>Input the AgentClara client refuses before any request, and tags stored elsewhere in another Unicode normal form.</summary>
public sealed class AgentClaraContactsClientInputTests
{
    private const string Composed = "caf\u00e9";
    private const string Decomposed = "cafe\u0301";

    private AgentClaraHarness _harness = null!;

    private IAgentClaraContactsClient Client => _harness.Client;

    [OneTimeSetUp]
    public void StartFake() => _harness = AgentClaraHarness.Start();

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    [Test]
    public async Task AddTagsAsync_TagStoredDecomposedElsewhere_KeepsOneTagAndSendsNoWrite()
    {
        var id = _harness.Fake.SeedContact("Seeded", tags: [Decomposed, "vip"]);

        var contact = await Client.AddTagsAsync(id, [Composed]);

        Assert.That(contact.Tags, Has.Count.EqualTo(2));
        Assert.That(_harness.Fake.Journal.Select(r => r.Method), Is.EqualTo(new[] { "GET" }), "the tag is already there: nothing to write");
    }

    [Test]
    public async Task RemoveTagsAsync_TagStoredDecomposedElsewhere_RemovesIt()
    {
        var id = _harness.Fake.SeedContact("Seeded", tags: [Decomposed, "vip"]);

        var contact = await Client.RemoveTagsAsync(id, [Composed]);

        Assert.That(contact.Tags, Is.EqualTo(new[] { "vip" }));
        Assert.That((await Client.GetAsync(id)).Tags, Is.EqualTo(new[] { "vip" }));
    }

    [Test]
    public async Task AddTagsAsync_AnotherTagBesideADecomposedOne_WritesEveryTagComposed()
    {
        var id = _harness.Fake.SeedContact("Seeded", tags: [Decomposed]);

        var contact = await Client.AddTagsAsync(id, ["new"]);

        Assert.That(contact.Tags, Is.EqualTo(new[] { Composed, "new" }));
    }

    [Test]
    public async Task ListAsync_TagDecomposed_FindsContactsTaggedThroughTheSdk()
    {
        var tagged = (await Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Tagged"), Tags = [Composed] })).Id;
        await Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Other") });

        var listed = new List<string>();
        await foreach (var contact in Client.ListAsync(new ContactQuery { Tag = Decomposed }))
        {
            listed.Add(contact.Id);
        }

        Assert.That(listed, Is.EqualTo(new[] { tagged }));
    }

    [TestCase("+15551234567\n")]
    [TestCase("+1555123456\u0667")]
    public async Task CreateAsync_PhoneNotPlainE164_ThrowsArgumentExceptionNamingDraft(string phone)
    {
        var draft = new ContactDraft { Name = PersonName.FromFull("Phone"), Channels = [new ContactChannel(ChannelKind.Phone, phone)] };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Client.CreateAsync(draft));

        Assert.That(ex!.ParamName, Is.EqualTo("draft"));
        Assert.That(_harness.Fake.Journal, Is.Empty);
    }

    [Test]
    public async Task CreateAsync_NullChannelsAndTags_CreatesWithNone()
    {
        var created = await Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("No channels"), Channels = null!, Tags = null! });

        Assert.That((created.Channels, created.Tags), Is.EqualTo((Array.Empty<ContactChannel>(), Array.Empty<string>())));
    }

    [Test]
    public async Task UpdateChannelAsync_ForeignChannelId_ThrowsArgumentExceptionWithoutEchoingIt()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => Client.UpdateChannelAsync("cust_abc", "jane@example.com", new ContactChannel(ChannelKind.Email, "a@example.com")));

        Assert.That(ex!.ParamName, Is.EqualTo("channelId"));
        Assert.That(ex.Message, Does.Not.Contain("jane"));
        Assert.That(_harness.Fake.Journal, Is.Empty);
    }
}
