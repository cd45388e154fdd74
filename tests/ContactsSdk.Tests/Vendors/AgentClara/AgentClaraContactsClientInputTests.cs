using System.Text.Json;
using ContactsSdk.Errors;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.AgentClara;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>Input the AgentClara client refuses before any request (every member, every bad argument), and tags stored elsewhere in another Unicode normal form.</summary>
public sealed class AgentClaraContactsClientInputTests
{
    private const string SomeId = "cust_abc123";
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

    private static IEnumerable<TestCaseData> InvalidCalls()
    {
        static TestCaseData Case(string name, Type expected, Func<IAgentClaraContactsClient, Task> call)
            => new TestCaseData(call, expected).SetArgDisplayNames(name);

        static Task Sync(Action action)
        {
            action();
            return Task.CompletedTask;
        }

        var ada = PersonName.FromFull("Ada");
        var email = new ContactChannel(ChannelKind.Email, "ada@example.com");
        var phone = new ContactChannel(ChannelKind.Phone, "+15551234567");

        foreach (var (label, id, expected) in new (string, string?, Type)[]
        {
            ("null", null, typeof(ArgumentNullException)),
            ("empty", string.Empty, typeof(ArgumentException)),
            ("blank", "   ", typeof(ArgumentException)),
            ("no prefix", "abc123", typeof(ArgumentException)),
            ("prefix only", "cust_", typeof(ArgumentException)),
            ("upper-case prefix", "CUST_abc", typeof(ArgumentException)),
            ("conversation id", "conv_abc", typeof(ArgumentException)),
            ("path traversal", "cust_abc/../search", typeof(ArgumentException)),
            ("space", "cust_abc def", typeof(ArgumentException)),
        })
        {
            yield return Case($"GetAsync id {label}", expected, client => client.GetAsync(id!));
        }

        yield return Case("TryGetAsync bad id", typeof(ArgumentException), client => client.TryGetAsync("abc"));
        yield return Case("UpdateAsync bad id", typeof(ArgumentException), client => client.UpdateAsync("abc", new ContactPatch { Name = ada }));
        yield return Case("DeleteAsync bad id", typeof(ArgumentException), client => client.DeleteAsync("abc"));
        yield return Case("AddTagsAsync bad id", typeof(ArgumentException), client => client.AddTagsAsync("abc", ["vip"]));
        yield return Case("RemoveTagsAsync bad id", typeof(ArgumentException), client => client.RemoveTagsAsync("abc", ["vip"]));
        yield return Case("AddChannelAsync bad id", typeof(ArgumentException), client => client.AddChannelAsync("abc", email));
        yield return Case("UpdateChannelAsync bad id", typeof(ArgumentException), client => client.UpdateChannelAsync("abc", "email", email));
        yield return Case("RemoveChannelAsync bad id", typeof(ArgumentException), client => client.RemoveChannelAsync("abc", "email"));
        yield return Case("Conversations.ListAsync bad id", typeof(ArgumentException), client => Sync(() => client.Conversations.ListAsync("abc")));

        // Drafts.
        yield return Case("CreateAsync null draft", typeof(ArgumentNullException), client => client.CreateAsync(null!));
        yield return Case("CreateAsync no name", typeof(ArgumentException), client => client.CreateAsync(new ContactDraft { Channels = [email] }));
        yield return Case("CreateAsync blank name", typeof(ArgumentException), client => client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("  ") }));
        yield return Case("CreateAsync empty name parts", typeof(ArgumentException), client => client.CreateAsync(new ContactDraft { Name = PersonName.FromParts(" ", null) }));
        foreach (var badPhone in new[] { "555-1234", "15551234567", "+0155512345", "+1 555 123 4567", "+1234567890123456" })
        {
            yield return Case($"CreateAsync phone '{badPhone}'", typeof(ArgumentException), client => client.CreateAsync(
                new ContactDraft { Name = ada, Channels = [new ContactChannel(ChannelKind.Phone, badPhone)] }));
        }

        foreach (var badEmail in new[] { "not-an-email", "ada@example", "ada example@x.com", "a@b@c.com" })
        {
            yield return Case($"CreateAsync email '{badEmail}'", typeof(ArgumentException), client => client.CreateAsync(
                new ContactDraft { Name = ada, Channels = [new ContactChannel(ChannelKind.Email, badEmail)] }));
        }

        yield return Case("CreateAsync blank channel value", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, Channels = [new ContactChannel(ChannelKind.Email, " ")] }));
        yield return Case("CreateAsync two emails", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, Channels = [email, new ContactChannel(ChannelKind.Email, "ada2@example.com")] }));
        yield return Case("CreateAsync two phones", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, Channels = [phone, new ContactChannel(ChannelKind.Phone, "+442071234567")] }));
        yield return Case("CreateAsync WhatsApp channel", typeof(UnsupportedContactOperationException), client => client.CreateAsync(
            new ContactDraft { Name = ada, Channels = [new ContactChannel(ChannelKind.WhatsApp, "+15551234567")] }));
        yield return Case("CreateAsync company", typeof(UnsupportedContactOperationException), client => client.CreateAsync(
            new ContactDraft { Name = ada, Company = "Acme" }));
        yield return Case("CreateAsync job title", typeof(UnsupportedContactOperationException), client => client.CreateAsync(
            new ContactDraft { Name = ada, JobTitle = "Engineer" }));
        yield return Case("CreateAsync blank tag", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, Tags = ["vip", " "] }));
        yield return Case("CreateAsync object custom field", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, CustomFields = new Dictionary<string, JsonElement> { ["address"] = JsonText.Parse("""{"city":"London"}""") } }));
        yield return Case("CreateAsync array custom field", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, CustomFields = new Dictionary<string, JsonElement> { ["list"] = JsonText.Parse("[1,2]") } }));
        yield return Case("CreateAsync undefined custom field", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, CustomFields = new Dictionary<string, JsonElement> { ["nothing"] = default } }));
        yield return Case("CreateAsync blank custom field key", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, CustomFields = new Dictionary<string, JsonElement> { [" "] = JsonText.Parse("1") } }));

        // Patches.
        yield return Case("UpdateAsync null patch", typeof(ArgumentNullException), client => client.UpdateAsync(SomeId, null!));
        yield return Case("UpdateAsync blank name", typeof(ArgumentException), client => client.UpdateAsync(
            SomeId, new ContactPatch { Name = PersonName.FromFull(" ") }));
        yield return Case("UpdateAsync cleared name", typeof(ArgumentException), client => client.UpdateAsync(
            SomeId, new ContactPatch { Name = new Optional<PersonName?>(null) }));
        yield return Case("UpdateAsync company", typeof(UnsupportedContactOperationException), client => client.UpdateAsync(
            SomeId, new ContactPatch { Company = "Acme" }));
        yield return Case("UpdateAsync job title cleared", typeof(UnsupportedContactOperationException), client => client.UpdateAsync(
            SomeId, new ContactPatch { JobTitle = new Optional<string?>(null) }));
        yield return Case("UpdateAsync object custom field", typeof(ArgumentException), client => client.UpdateAsync(
            SomeId, new ContactPatch { CustomFields = new Dictionary<string, JsonElement?> { ["address"] = JsonText.Parse("""{"city":"London"}""") } }));

        // Tags.
        yield return Case("AddTagsAsync null", typeof(ArgumentNullException), client => client.AddTagsAsync(SomeId, null!));
        yield return Case("AddTagsAsync empty list", typeof(ArgumentException), client => client.AddTagsAsync(SomeId, []));
        yield return Case("AddTagsAsync blank tag", typeof(ArgumentException), client => client.AddTagsAsync(SomeId, ["vip", "  "]));
        yield return Case("AddTagsAsync empty tag", typeof(ArgumentException), client => client.AddTagsAsync(SomeId, [string.Empty]));
        yield return Case("RemoveTagsAsync empty list", typeof(ArgumentException), client => client.RemoveTagsAsync(SomeId, []));
        yield return Case("RemoveTagsAsync blank tag", typeof(ArgumentException), client => client.RemoveTagsAsync(SomeId, [" "]));

        // Channels.
        yield return Case("AddChannelAsync null", typeof(ArgumentNullException), client => client.AddChannelAsync(SomeId, null!));
        yield return Case("AddChannelAsync bad phone", typeof(ArgumentException), client => client.AddChannelAsync(
            SomeId, new ContactChannel(ChannelKind.Phone, "555 1234")));
        yield return Case("AddChannelAsync bad email", typeof(ArgumentException), client => client.AddChannelAsync(
            SomeId, new ContactChannel(ChannelKind.Email, "nobody")));
        foreach (var channelId in new[] { "whatsapp", "Email", "PHONE", "email_1", "0" })
        {
            yield return Case($"UpdateChannelAsync channel id '{channelId}'", typeof(ArgumentException), client => client.UpdateChannelAsync(SomeId, channelId, email));
            yield return Case($"RemoveChannelAsync channel id '{channelId}'", typeof(ArgumentException), client => client.RemoveChannelAsync(SomeId, channelId));
        }

        yield return Case("UpdateChannelAsync null channel id", typeof(ArgumentNullException), client => client.UpdateChannelAsync(SomeId, null!, email));
        yield return Case("UpdateChannelAsync blank channel id", typeof(ArgumentException), client => client.UpdateChannelAsync(SomeId, " ", email));
        yield return Case("UpdateChannelAsync kind mismatch", typeof(ArgumentException), client => client.UpdateChannelAsync(SomeId, "email", phone));
        yield return Case("UpdateChannelAsync WhatsApp", typeof(UnsupportedContactOperationException), client => client.UpdateChannelAsync(
            SomeId, "phone", new ContactChannel(ChannelKind.WhatsApp, "+15551234567")));
        yield return Case("UpdateChannelAsync null channel", typeof(ArgumentNullException), client => client.UpdateChannelAsync(SomeId, "email", null!));
        yield return Case("RemoveChannelAsync null channel id", typeof(ArgumentNullException), client => client.RemoveChannelAsync(SomeId, null!));

        // Search and list.
        yield return Case("SearchAsync limit 0", typeof(ArgumentOutOfRangeException), client => Sync(() => client.SearchAsync("ada", 0)));
        yield return Case("SearchAsync limit -1", typeof(ArgumentOutOfRangeException), client => Sync(() => client.SearchAsync("ada", -1)));
        yield return Case("SearchAsync limit 101", typeof(ArgumentOutOfRangeException), client => Sync(() => client.SearchAsync("ada", 101)));
        yield return Case("SearchAsync null query", typeof(ArgumentNullException), client => Sync(() => client.SearchAsync(null!)));
        yield return Case("SearchAsync blank query", typeof(ArgumentException), client => Sync(() => client.SearchAsync("  ")));
        yield return Case("ListAsync negative MaxItems", typeof(ArgumentOutOfRangeException), client => Sync(() => client.ListAsync(new ContactQuery { MaxItems = -1 })));
        yield return Case("ListAsync PageSizeHint 0", typeof(ArgumentOutOfRangeException), client => Sync(() => client.ListAsync(new ContactQuery { PageSizeHint = 0 })));
        yield return Case("ListAsync AsPages hint 0", typeof(ArgumentOutOfRangeException), client => Sync(() => client.ListAsync().AsPages(pageSizeHint: 0)));
        yield return Case("ListAsync foreign token", typeof(ArgumentException), client => Sync(() => client.ListAsync().AsPages("not-a-token")));
    }

    [TestCaseSource(nameof(InvalidCalls))]
    public async Task Call_InvalidInput_ThrowsBeforeAnyRequest(Func<IAgentClaraContactsClient, Task> call, Type expected)
    {
        await Assert.ThrowsAsync(Is.TypeOf(expected), () => call(Client));

        Assert.That(_harness.Fake.Journal, Is.Empty);
    }
}
