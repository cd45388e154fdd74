using ContactsSdk.Changes;
using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Ecwid;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Changes;

/// <summary>Ecwid's feed: the deleted-customers history merged in time order, and its retention.</summary>
public sealed class EcwidChangeFeedTests : FeedFixture<EcwidFake, IEcwidContactsClient>
{
    protected override VendorHarness<EcwidFake, IEcwidContactsClient> Start(FakeTimeProvider clock)
        => EcwidHarness.Start(fakeOptions: new EcwidFakeOptions { TimeProvider = clock }, timeProvider: clock);

    [Test]
    public void DeletedHistoryRetention_AssumesSixMonthsReadAs180Days()
    {
        // UNCONFIRMED (spec A.6): "we keep the data about deleted items for 6 months only", from the older docs.
        Assert.That(EcwidChangeFeed.DeletedHistoryRetention, Is.EqualTo(TimeSpan.FromDays(180)));
    }

    [Test]
    public async Task GetChangesAsync_ACheckpointOlderThanTheDeletedHistory_ThrowsResyncRequired()
    {
        var checkpoint = await CheckpointAfterSeedingAsync();
        Clock.Advance(EcwidChangeFeed.DeletedHistoryRetention + TimeSpan.FromDays(1));

        var ex = await Assert.ThrowsAsync<ContactsResyncRequiredException>(async () => await Harness.Client.GetChangesAsync(checkpoint).ToListAsync());

        Assert.Multiple(() =>
        {
            Assert.That(ex, Is.InstanceOf<ContactsException>());
            Assert.That(ex!.Vendor, Is.EqualTo(ContactsVendor.Ecwid));
            Assert.That(ex.Operation, Is.EqualTo("GetChanges"));
            Assert.That(ex.CheckpointHighWater, Is.EqualTo(checkpoint.HighWater));
            Assert.That(ex.Message, Does.Contain("full read"));
        });
    }

    [Test]
    public async Task GetChangesAsync_ACheckpointJustInsideTheRetention_Resumes()
    {
        var checkpoint = await CheckpointAfterSeedingAsync();
        Clock.Advance(EcwidChangeFeed.DeletedHistoryRetention - TimeSpan.FromDays(1));

        Assert.That(await Harness.Client.GetChangesAsync(checkpoint).ToListAsync(), Is.Empty);
    }

    [Test]
    public async Task GetChangesAsync_ReadDailyThrough200QuietDays_PersistingTheFeedsCheckpoint_NeverNeedsAResync()
    {
        var start = await CheckpointAfterSeedingAsync();
        var deletedOnDay150 = Harness.Fake.SeedContact("late-delete@example.com").ToString(System.Globalization.CultureInfo.InvariantCulture);
        var checkpoint = start;
        var deletes = new List<(int Day, string Id)>();
        for (var day = 1; day <= 200; day++)
        {
            Clock.Advance(TimeSpan.FromDays(1));
            if (day == 150)
            {
                await Harness.Client.DeleteAsync(deletedOnDay150);
                Clock.Advance(TimeSpan.FromMinutes(5)); // past the overlap, so the next day's window does not repeat it
            }

            var feed = Harness.Client.GetChangesAsync(checkpoint);
            deletes.AddRange((await feed.ToListAsync()).Where(change => change.Kind == ContactChangeKind.Deleted).Select(change => (day, change.ContactId)));
            checkpoint = feed.Checkpoint!;
        }

        Assert.Multiple(() =>
        {
            Assert.That(deletes, Is.EqualTo(new[] { (150, deletedOnDay150) }), "the delete comes on its day, once");
            Assert.That(checkpoint.HighWater, Is.EqualTo(start.HighWater + TimeSpan.FromDays(200) + TimeSpan.FromMinutes(5)));
        });
        await Assert.ThrowsAsync<ContactsResyncRequiredException>(
            async () => await Harness.Client.GetChangesAsync(start).ToListAsync(), "control: the first checkpoint, never advanced, is past the history");
    }

    [Test]
    public async Task GetChangesAsync_MergesDeletesWithUpdatesInTimeOrder()
    {
        var ids = Enumerable.Range(0, 3).Select(i => Harness.Fake.SeedContact($"order{i}@example.com")).Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Clock.Advance(TimeSpan.FromMinutes(5));
        var checkpoint = (await Harness.Client.GetChangesAsync(null).ToListAsync())[^1].Checkpoint;
        Clock.Advance(TimeSpan.FromMinutes(5));

        await Harness.Client.UpdateAsync(ids[0], new ContactPatch { Name = new PersonName(null, null, "First") });
        Clock.Advance(TimeSpan.FromSeconds(5));
        await Harness.Client.DeleteAsync(ids[1]);
        Clock.Advance(TimeSpan.FromSeconds(5));
        await Harness.Client.UpdateAsync(ids[2], new ContactPatch { Name = new PersonName(null, null, "Third") });
        Clock.Advance(TimeSpan.FromMinutes(1));

        var changes = await Harness.Client.GetChangesAsync(checkpoint, new ChangeFeedOptions { PageSize = 1 }).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(changes.Select(change => (change.ContactId, change.Kind)), Is.EqualTo(new[]
            {
                (ids[0], ContactChangeKind.Updated), (ids[1], ContactChangeKind.Deleted), (ids[2], ContactChangeKind.Updated),
            }));
            Assert.That(changes[1].Origin, Is.EqualTo(ContactChangeOrigin.DeletedHistory));
            Assert.That(changes[1].Contact, Is.Null);
            Assert.That(changes.Select(change => change.ChangedAt), Is.Ordered);
        });
    }

    [Test]
    public async Task GetChangesAsync_ResumedBetweenAnUpdateAndADelete_YieldsTheRestOfBothStreams()
    {
        var ids = Enumerable.Range(0, 4).Select(i => Harness.Fake.SeedContact($"resume{i}@example.com").ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Clock.Advance(TimeSpan.FromMinutes(5));
        var checkpoint = (await Harness.Client.GetChangesAsync(null).ToListAsync())[^1].Checkpoint;
        Clock.Advance(TimeSpan.FromMinutes(5));
        await Harness.Client.DeleteAsync(ids[0]);
        Clock.Advance(TimeSpan.FromSeconds(2));
        await Harness.Client.UpdateAsync(ids[1], new ContactPatch { Name = new PersonName(null, null, "One") });
        Clock.Advance(TimeSpan.FromSeconds(2));
        await Harness.Client.DeleteAsync(ids[2]);
        Clock.Advance(TimeSpan.FromSeconds(2));
        await Harness.Client.UpdateAsync(ids[3], new ContactPatch { Name = new PersonName(null, null, "Three") });
        Clock.Advance(TimeSpan.FromMinutes(1));
        var options = new ChangeFeedOptions { PageSize = 1 };

        var first = await Harness.Client.GetChangesAsync(checkpoint, options).Take(2).ToListAsync();
        var rest = await Harness.Client.GetChangesAsync(ChangeFeedCheckpoint.Parse(first[^1].Checkpoint!.ToString()), options).ToListAsync();

        Assert.That(
            first.Concat(rest).Select(change => (change.ContactId, change.Kind)).Distinct(),
            Is.EquivalentTo(new[]
            {
                (ids[0], ContactChangeKind.Deleted), (ids[1], ContactChangeKind.Updated),
                (ids[2], ContactChangeKind.Deleted), (ids[3], ContactChangeKind.Updated),
            }));
    }

    [Test]
    public async Task GetChangesAsync_AWholePageInOneSecond_StepsThroughThatSecond()
    {
        var ids = Enumerable.Range(0, 23).Select(i => Harness.Fake.SeedContact($"second{i}@example.com").ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Clock.Advance(TimeSpan.FromMinutes(5));
        Harness.Fake.ClearJournal();

        var changes = await Harness.Client.GetChangesAsync(null, new ChangeFeedOptions { PageSize = 5 }).ToListAsync();
        var searches = Harness.Fake.Journal.Where(request => request.Path.EndsWith("/customers", StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(changes.Select(change => change.ContactId), Is.EquivalentTo(ids));
            Assert.That(searches.Select(request => request.Query), Has.All.Contains("sortBy=UPDATED_DATE_ASC").And.All.Contains("updatedTo="));
            Assert.That(searches, Has.Count.EqualTo(6), "the first page, asked again from its last second, then pages of 5 by offset inside that second");
        });
    }

    private async Task<ChangeFeedCheckpoint> CheckpointAfterSeedingAsync()
    {
        Harness.Fake.SeedContact("retention@example.com");
        Clock.Advance(TimeSpan.FromMinutes(5));
        return (await Harness.Client.GetChangesAsync(null).ToListAsync())[^1].Checkpoint!;
    }
}
