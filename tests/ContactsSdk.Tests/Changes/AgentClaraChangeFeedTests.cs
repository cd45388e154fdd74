using ContactsSdk.Changes;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.AgentClara;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Changes;

/// <summary>AgentClara's feed: the assumed direction of <c>sort=updated</c>, and the early stop it allows.</summary>
public sealed class AgentClaraChangeFeedTests : FeedFixture<AgentClaraFake, IAgentClaraContactsClient>
{
    protected override VendorHarness<AgentClaraFake, IAgentClaraContactsClient> Start(FakeTimeProvider clock)
        => AgentClaraHarness.Start(fakeOptions: new AgentClaraFakeOptions { TimeProvider = clock }, timeProvider: clock);

    [Test]
    public async Task UpdatedSort_IsAssumedNewestFirst_AsTheFakeServesIt()
    {
        // PROP/UNCONFIRMED (spec C): the docs name sort=updated but not its direction; our spec proposes newest first.
        var older = Harness.Fake.SeedContact("Older");
        Clock.Advance(TimeSpan.FromSeconds(1));
        var newer = Harness.Fake.SeedContact("Newer");

        var listed = await Harness.Client.ListAsync(new ContactQuery { SortBy = ContactSortField.Updated }).ToListAsync();

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
            Harness.Fake.SeedContact("Old " + i);
        }

        Clock.Advance(TimeSpan.FromMinutes(5));
        var checkpoint = (await Harness.Client.GetChangesAsync(null).ToListAsync())[^1].Checkpoint;
        Clock.Advance(TimeSpan.FromMinutes(5));
        var fresh = Harness.Fake.SeedContact("Fresh");
        Clock.Advance(TimeSpan.FromMinutes(1));
        Harness.Fake.ClearJournal();

        var changes = await Harness.Client.GetChangesAsync(checkpoint, new ChangeFeedOptions { PageSize = 10 }).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(changes.Select(change => change.ContactId), Is.EqualTo(new[] { fresh }));
            Assert.That(Harness.Fake.Journal, Has.Count.EqualTo(2), "the probe and one page: older contacts end the read");
            Assert.That(Harness.Fake.Journal[1].Query, Does.Contain("sort=updated"));
        });
    }
}
