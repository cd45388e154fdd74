using ContactsSdk.Changes;
using ContactsSdk.Sync;

namespace ContactsSdk.Tests.Sync;

/// <summary>Incremental runs over the default change source, the source client's change feed, against the fakes on one fake clock.</summary>
public sealed class IncrementalChangeFeedSyncTests : SyncFixture
{
    // Past the feed's settle lag (30 s) and overlap (2 min): what happened before it is in the next window, once.
    private static readonly TimeSpan Settle = TimeSpan.FromMinutes(5);

    [TestCase(SyncDeleteBehavior.Ignore)]
    [TestCase(SyncDeleteBehavior.Tag)]
    [TestCase(SyncDeleteBehavior.Delete)]
    public async Task RunAsync_IncrementalAfterAnEcwidDelete_AppliesTheChosenBehaviour(SyncDeleteBehavior behavior)
    {
        var ids = SyncContacts.SeedPeople(Bed.Ecwid.Fake, 3);
        Bed.Clock.Advance(Settle);
        var sync = new ContactsSync(Bed.Ecwid.Client, Bed.Clara.Client, options: new ContactsSyncOptions { DeletedInSource = behavior, DeletedTag = "gone" });
        var first = await sync.RunAsync(ContactsSyncMode.Incremental);
        var targetId = (await sync.StateStore.GetLinkAsync(ids[1]))!.TargetId;
        await Bed.Ecwid.Client.DeleteAsync(ids[1]);
        Bed.Clock.Advance(Settle);
        Bed.Clara.Fake.ClearJournal();

        var result = await sync.RunAsync(ContactsSyncMode.Incremental);

        var target = await Bed.Clara.Client.TryGetAsync(targetId);
        Assert.Multiple(() =>
        {
            Assert.That(first.Created, Is.EqualTo(3));
            Assert.That(result.Created + result.Updated, Is.Zero, "the other contacts did not change");
            switch (behavior)
            {
                case SyncDeleteBehavior.Ignore:
                    Assert.That(result.Deleted, Is.Zero);
                    Assert.That(SyncTestBed.Writes(Bed.Clara.Fake), Is.Empty);
                    Assert.That(target?.Tags, Is.Not.Null.And.Not.Contain("gone"));
                    break;
                case SyncDeleteBehavior.Tag:
                    Assert.That(result.Deleted, Is.EqualTo(1));
                    Assert.That(target?.Tags, Does.Contain("gone"));
                    break;
                default:
                    Assert.That(result.Deleted, Is.EqualTo(1));
                    Assert.That(target, Is.Null);
                    break;
            }
        });
    }

    [Test]
    public async Task RunAsync_IncrementalOverAQuietSource_MovesTheStoredCheckpointToTheWindowsEnd()
    {
        SyncContacts.SeedPeople(Bed.Ecwid.Fake, 2);
        Bed.Clock.Advance(Settle);
        var sync = new ContactsSync(Bed.Ecwid.Client, Bed.Clara.Client);
        await sync.RunAsync(ContactsSyncMode.Incremental);
        var afterFirst = await sync.StateStore.GetCheckpointAsync();
        Bed.Clock.Advance(TimeSpan.FromDays(1));
        Bed.Clara.Fake.ClearJournal();

        var quiet = await sync.RunAsync(ContactsSyncMode.Incremental);

        var stored = await sync.StateStore.GetCheckpointAsync();
        Assert.Multiple(() =>
        {
            Assert.That(quiet.Items, Is.Empty);
            Assert.That(SyncTestBed.Writes(Bed.Clara.Fake), Is.Empty);
            Assert.That(stored, Is.Not.EqualTo(afterFirst));
            Assert.That(quiet.Checkpoint, Is.EqualTo(stored));
            Assert.That(ChangeFeedCheckpoint.Parse(stored!).HighWater, Is.EqualTo(Bed.Clock.GetUtcNow() - TimeSpan.FromSeconds(30)));
        });
    }

    [Test]
    public async Task RunAsync_IncrementalFromACheckpointTheFeedCannotRead_ReadsEverything_AndWritesOnlyWhatChanged()
    {
        SyncContacts.SeedPeople(Bed.Ecwid.Fake, 3);
        Bed.Clock.Advance(Settle);
        var sync = new ContactsSync(Bed.Ecwid.Client, Bed.Clara.Client);
        await sync.RunAsync();
        await sync.StateStore.SaveCheckpointAsync("updated:2026-11-23T12:00:00.0000000Z"); // what the old listing source wrote
        Bed.Clara.Fake.ClearJournal();

        var result = await sync.RunAsync(ContactsSyncMode.Incremental);

        Assert.Multiple(() =>
        {
            Assert.That(result.Unchanged, Is.EqualTo(3), "a full read, of contacts already in step");
            Assert.That(SyncTestBed.Writes(Bed.Clara.Fake), Is.Empty);
            Assert.That(ChangeFeedCheckpoint.TryParse(result.Checkpoint, out _), Is.True, "a feed checkpoint from now on");
        });
    }

    [Test]
    public async Task RunAsync_IncrementalFromACheckpointOlderThanEcwidsDeleteHistory_ResyncsInsteadOfThrowing()
    {
        var ids = SyncContacts.SeedPeople(Bed.Ecwid.Fake, 3);
        Bed.Clock.Advance(Settle);
        var sync = new ContactsSync(Bed.Ecwid.Client, Bed.Clara.Client, options: new ContactsSyncOptions { DeletedInSource = SyncDeleteBehavior.Delete });
        await sync.RunAsync(ContactsSyncMode.Incremental);
        var targetId = (await sync.StateStore.GetLinkAsync(ids[0]))!.TargetId;
        Bed.Clock.Advance(TimeSpan.FromDays(200));
        await Bed.Ecwid.Client.DeleteAsync(ids[0]);
        Bed.Clock.Advance(Settle);
        Bed.Clara.Fake.ClearJournal();

        var result = await sync.RunAsync(ContactsSyncMode.Incremental);

        var stored = await sync.StateStore.GetCheckpointAsync();
        var target = await Bed.Clara.Client.TryGetAsync(targetId);
        Assert.Multiple(() =>
        {
            Assert.That(result.Deleted, Is.EqualTo(1), "a link whose contact the resync did not see is a delete");
            Assert.That(result.Unchanged, Is.EqualTo(2));
            Assert.That(target, Is.Null);
            Assert.That(ChangeFeedCheckpoint.Parse(stored!).HighWater, Is.EqualTo(Bed.Clock.GetUtcNow() - TimeSpan.FromSeconds(30)), "a fresh checkpoint");
        });
    }

    [Test]
    public async Task RunAsync_IncrementalAfterAWixDelete_SeesNoDelete_AFullRunDoes()
    {
        // Wix keeps no delete history, so its feed cannot report one (docs/sync.md): a full run (or ReconcileAsync) finds it.
        var ids = SyncContacts.SeedPeople(Bed.Wix.Fake, 2);
        Bed.Clock.Advance(Settle);
        var sync = new ContactsSync(Bed.Wix.Client, Bed.Clara.Client, options: new ContactsSyncOptions { DeletedInSource = SyncDeleteBehavior.Delete });
        await sync.RunAsync(ContactsSyncMode.Incremental);
        await Bed.Wix.Client.DeleteAsync(ids[0]);
        Bed.Clock.Advance(Settle);

        var incremental = await sync.RunAsync(ContactsSyncMode.Incremental);
        var full = await sync.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(incremental.Deleted, Is.Zero);
            Assert.That(full.Deleted, Is.EqualTo(1));
        });
    }
}
