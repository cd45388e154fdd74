using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.AgentClara;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary><c>IAgentClaraContactsClient.Conversations</c> over HTTP against <see cref="AgentClaraFake"/>.</summary>
public sealed class AgentClaraConversationsClientTests
{
    private const string UnknownId = "cust_doesnotexist0";
    private static readonly DateTimeOffset Day0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private AgentClaraHarness _harness = null!;

    private AgentClaraFake Fake => _harness.Fake;

    private IAgentClaraContactsClient Client => _harness.Client;

    [OneTimeSetUp]
    public void StartFake() => _harness = AgentClaraHarness.Start();

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    [Test]
    public async Task ListConversationsAsync_FivePagesOfTwo_PagesByOffsetNewestFirst()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");
        var other = Fake.SeedContact("Grace Hopper");
        Fake.SeedConversation(other, timestamp: Day0.AddDays(9));
        var conversations = Enumerable.Range(0, 5)
            .Select(i => Fake.SeedConversation(id, i % 2 == 0 ? "sms" : "email", $"subject {i}", Day0.AddHours(i), i == 4 ? "closed" : "open"))
            .ToList();

        var pages = await Collect(Client.Conversations.ListAsync(id).AsPages(pageSizeHint: 2));

        var journal = Fake.Journal;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages.Select(page => page.Items.Count), Is.EqualTo(new List<int> { 2, 2, 1 }));
            Assert.That(pages.Select(page => page.ContinuationToken is null), Is.EqualTo(new List<bool> { false, false, true }));
            Assert.That(pages[0].Total, Is.EqualTo(5));
            Assert.That(
                pages.SelectMany(page => page.Items).Select(conversation => conversation.Id),
                Is.EqualTo(Enumerable.Reverse(conversations)),
                "newest first");
            JournalAssert.Calls(journal, Enumerable.Repeat($"GET /contacts/{id}/conversations", 3).ToArray());
            Assert.That(journal.Select(JournalAssert.QueryOf), Is.EqualTo(new List<Dictionary<string, string>>
            {
                new() { ["limit"] = "2", ["offset"] = "0" },
                new() { ["limit"] = "2", ["offset"] = "2" },
                new() { ["limit"] = "2", ["offset"] = "4" },
            }));
        }

        var newest = pages[0].Items[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(newest.ContactId, Is.EqualTo(id));
            Assert.That(newest.Channel, Is.EqualTo("sms"));
            Assert.That(newest.Subject, Is.EqualTo("subject 4"));
            Assert.That(newest.Status, Is.EqualTo("closed"));
            Assert.That(newest.Timestamp, Is.EqualTo(Day0.AddHours(4)));
            Assert.That(newest.Unread, Is.False);
            Assert.That(pages[0].Items[1].Channel, Is.EqualTo("email"));
        }
    }

    [Test]
    public async Task ListConversationsAsync_BareListShape_StopsAtTheFirstShortOrEmptyPage()
    {
        Fake.EmitPagination = false;
        var id = Fake.SeedContact("Ada Lovelace");
        for (var i = 0; i < 6; i++)
        {
            Fake.SeedConversation(id, timestamp: Day0.AddHours(i));
        }

        var items = new List<AgentClaraConversation>();
        await foreach (var page in Client.Conversations.ListAsync(id).AsPages(pageSizeHint: 2))
        {
            Assert.That(page.Total, Is.Null);
            items.AddRange(page.Items);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(items, Has.Count.EqualTo(6));
            Assert.That(items.Select(item => item.Id), Is.Unique);
            Assert.That(items.Select(item => item.Timestamp), Is.Ordered.Descending);
            Assert.That(Fake.Journal, Has.Count.EqualTo(4), "three full pages, then an empty one ends the listing");
        }
    }

    [Test]
    public async Task ListConversationsAsync_ContinuationToken_ResumesAfterThePage()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        var conversations = Enumerable.Range(0, 3).Select(i => Fake.SeedConversation(id, timestamp: Day0.AddHours(i))).ToList();
        var pageable = Client.Conversations.ListAsync(id);
        string? token = null;
        await foreach (var page in pageable.AsPages(pageSizeHint: 2))
        {
            token = page.ContinuationToken;
            break;
        }

        var rest = await Collect(pageable.AsPages(token, pageSizeHint: 2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rest.SelectMany(page => page.Items).Select(item => item.Id), Is.EqualTo(new[] { conversations[0] }));
            Assert.That(JournalAssert.QueryOf(Fake.Journal[^1])["offset"], Is.EqualTo("2"));
        }
    }

    [Test]
    public async Task ListConversationsAsync_AllItems_EnumeratesEveryConversationWithTheDefaultPageSize()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        for (var i = 0; i < 3; i++)
        {
            Fake.SeedConversation(id, timestamp: Day0.AddHours(i));
        }

        var items = await Collect(Client.Conversations.ListAsync(id));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(items, Has.Count.EqualTo(3));
            Assert.That(JournalAssert.QueryOf(Fake.Journal.Single()), Is.EqualTo(new Dictionary<string, string> { ["limit"] = "100", ["offset"] = "0" }));
        }
    }

    [Test]
    public async Task ListConversationsAsync_UnknownContact_ThrowsNotFoundOnFirstPage()
    {
        var pageable = Client.Conversations.ListAsync(UnknownId);
        Assert.That(Fake.Journal, Is.Empty, "listing is lazy");

        await Assert.ThrowsAsync<ContactNotFoundException>(() => Collect(pageable));
    }

    private static async Task<List<T>> Collect<T>(IAsyncEnumerable<T> items) => await items.ToListAsync();
}
