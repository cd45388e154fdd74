using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>SearchAsync: AgentClara's ranked search as a pageable — one request on first iteration, one page of at most <c>limit</c> contacts, no token to resume from.</summary>
public sealed partial class AgentClaraContactsClientTests
{
    [Test]
    public async Task SearchAsync_Email_SendsQAndLimitAndPutsExactEmailMatchFirst()
    {
        var exact = Fake.SeedContact("Ada Lovelace", "ada@example.com", createdAt: Day0);
        var substring = Fake.SeedContact("Ada Byron", "ada@example.com.au", createdAt: Day0.AddDays(1));
        Fake.SeedContact("Grace Hopper", "grace@example.com", createdAt: Day0.AddDays(2));

        var found = await Client.SearchAsync("ada@example.com").ToListAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found.Select(contact => contact.Id), Is.EqualTo(new[] { exact, substring }));
            Assert.That(found[0].PrimaryEmail, Is.EqualTo("ada@example.com"));
            JournalAssert.Calls(Fake.Journal, "GET /contacts/search");
            Assert.That(JournalAssert.QueryOf(Fake.Journal[0]), Is.EqualTo(new Dictionary<string, string> { ["q"] = "ada@example.com", ["limit"] = "10" }));
        }
    }

    [Test]
    public async Task SearchAsync_Limit_IsSentAndHonoured()
    {
        for (var i = 0; i < 4; i++)
        {
            Fake.SeedContact($"Ada {i}", createdAt: Day0.AddDays(i));
        }

        var found = await Client.SearchAsync("ada", limit: 3).ToListAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found, Has.Count.EqualTo(3));
            Assert.That(JournalAssert.QueryOf(Fake.Journal.Single())["limit"], Is.EqualTo("3"));
        }
    }

    [Test]
    public async Task SearchAsync_NoMatch_ReturnsEmpty()
    {
        Fake.SeedContact("Ada Lovelace");

        Assert.That(await Client.SearchAsync("nobody").ToListAsync(), Is.Empty);
    }

    [Test]
    public async Task SearchAsync_ManyMatches_OnePageOfAtMostLimit_WithoutAContinuationToken()
    {
        for (var i = 0; i < 5; i++)
        {
            Fake.SeedContact($"Ada {i}", $"ada{i}@example.com");
        }

        var pages = await Client.SearchAsync("ada", limit: 3).AsPages().ToListAsync();

        Assert.That(pages, Has.Count.EqualTo(1));
        Assert.That(pages[0].Items, Has.Count.EqualTo(3));
        Assert.That(pages[0].ContinuationToken, Is.Null, "AgentClara's search has no further pages");
        Assert.That(Fake.Journal.Single().Query, Does.Contain("limit=3"));
    }

    [Test]
    public async Task SearchAsync_SmallerPageSizeHint_AsksForFewer()
    {
        for (var i = 0; i < 5; i++)
        {
            Fake.SeedContact($"Ada {i}", $"ada{i}@example.com");
        }

        var pages = await Client.SearchAsync("ada", limit: 4).AsPages(pageSizeHint: 2).ToListAsync();

        Assert.That(pages.Single().Items, Has.Count.EqualTo(2));
        Assert.That(Fake.Journal.Single().Query, Does.Contain("limit=2"));
    }

    [Test]
    public async Task SearchAsync_AnyContinuationToken_IsRefusedBeforeAnyRequest()
    {
        Fake.SeedContact("Ada", "ada@example.com");
        Fake.SeedContact("Ada Two", "ada2@example.com");
        var token = (await Client.ListAsync(new ContactQuery { PageSizeHint = 1 }).AsPages().FirstAsync()).ContinuationToken;
        Fake.ClearJournal();

        Assert.That(token, Is.Not.Null, "a real token, of another listing");
        Assert.That(() => Client.SearchAsync("ada").AsPages(token), Throws.ArgumentException);
        Assert.That(Fake.Journal, Is.Empty);
    }

    [Test]
    public void SearchAsync_BadArguments_ThrowAtTheCallNotOnIteration()
    {
        Assert.That(() => Client.SearchAsync(" "), Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("query"));
        Assert.That(() => Client.SearchAsync("ada", 0), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("limit"));
        Assert.That(Fake.Journal, Is.Empty);
    }
}
