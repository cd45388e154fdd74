using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.AgentClara;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>SearchAsync as a pageable: one request on first iteration, no second page, and no token to resume from.</summary>
public sealed class AgentClaraContactsClientSearchTests
{
    private AgentClaraHarness _harness = null!;

    private IAgentClaraContactsClient Client => _harness.Client;

    private AgentClaraFake Fake => _harness.Fake;

    [OneTimeSetUp]
    public void StartFake() => _harness = AgentClaraHarness.Start();

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

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
