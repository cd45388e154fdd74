using ContactsSdk.Changes;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.AgentClara;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Changes;

/// <summary>AgentClara's feed: the assumed direction of <c>sort=updated</c>, and the early stop it allows.</summary>
public sealed class AgentClaraChangeFeedTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private AgentClaraHarness _harness = null!;

    [OneTimeSetUp]
    public void Start() => _harness = AgentClaraHarness.Start(fakeOptions: new AgentClaraFakeOptions { TimeProvider = _clock }, timeProvider: _clock);

    [OneTimeTearDown]
    public async Task Stop() => await _harness.DisposeAsync();

    [SetUp]
    public void Reset()
    {
        _harness.Reset();
        _clock.Advance(TimeSpan.FromDays(1));
    }

    [Test]
    public async Task UpdatedSort_IsAssumedNewestFirst_AsTheFakeServesIt()
    {
        // PROP/UNCONFIRMED (spec C): the docs name sort=updated but not its direction; our spec proposes newest first.
        var older = _harness.Fake.SeedContact("Older");
        _clock.Advance(TimeSpan.FromSeconds(1));
        var newer = _harness.Fake.SeedContact("Newer");

        var listed = await _harness.Client.ListAsync(new ContactQuery { SortBy = ContactSortField.Updated }).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(AgentClaraChangeFeed.UpdatedSortIsNewestFirst, Is.True);
            Assert.That(listed.Select(contact => contact.Id), Is.EqualTo(new[] { newer, older }));
        });
    }

    [Test]
    public async Task GetChangesAsync_StopsAtTheFirstContactOlderThanTheWindow()
    {
        for (var i = 0; i < 30; i++)
        {
            _harness.Fake.SeedContact("Old " + i);
        }

        _clock.Advance(TimeSpan.FromMinutes(5));
        var checkpoint = (await _harness.Client.GetChangesAsync(null).ToListAsync())[^1].Checkpoint;
        _clock.Advance(TimeSpan.FromMinutes(5));
        var fresh = _harness.Fake.SeedContact("Fresh");
        _clock.Advance(TimeSpan.FromMinutes(1));
        _harness.Fake.ClearJournal();

        var changes = await _harness.Client.GetChangesAsync(checkpoint, new ChangeFeedOptions { PageSize = 10 }).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(changes.Select(change => change.ContactId), Is.EqualTo(new[] { fresh }));
            Assert.That(_harness.Fake.Journal, Has.Count.EqualTo(2), "the probe and one page: older contacts end the read");
            Assert.That(_harness.Fake.Journal[1].Query, Does.Contain("sort=updated"));
        });
    }
}
