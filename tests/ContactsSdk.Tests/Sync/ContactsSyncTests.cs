using System.Text.Json;
using ContactsSdk.Sync;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Sync;

public sealed class ContactsSyncTests : SyncFixture
{
    [Test]
    public async Task RunAsync_EcwidToAgentClara_CopiesWhatAgentClaraHoldsAndReportsTheRest()
    {
        var ada = Bed.Ecwid.Fake.Seed(new ContactDraft
        {
            Name = PersonName.FromFull("Ada Lovelace"),
            Channels =
            [
                new ContactChannel(ChannelKind.Email, "ada@example.com"),
                new ContactChannel(ChannelKind.Phone, "+44 20 7946 0000"),
                new ContactChannel(ChannelKind.Facebook, "https://facebook.com/ada"),
            ],
        });
        var grace = Bed.Ecwid.Fake.Seed(new ContactDraft
        {
            Name = PersonName.FromFull("Grace Hopper"),
            Channels = [new ContactChannel(ChannelKind.Email, "grace@example.com"), new ContactChannel(ChannelKind.Phone, "555-0100")],
        });
        var sync = new ContactsSync(Bed.Ecwid.Client, Bed.Clara.Client, options: new ContactsSyncOptions { MarkerTag = "from-ecwid" });

        var result = await sync.RunAsync();

        var copied = (await SyncTestBed.AllAsync(Bed.Clara.Client)).ToDictionary(contact => contact.PrimaryEmail!);
        Assert.Multiple(() =>
        {
            Assert.That(result, Has.Property(nameof(ContactsSyncResult.Created)).EqualTo(2).And.Property(nameof(ContactsSyncResult.Failed)).EqualTo(0));
            Assert.That(copied.Keys, Is.EquivalentTo(new[] { "ada@example.com", "grace@example.com" }));
            Assert.That(copied["ada@example.com"].PrimaryPhone, Is.EqualTo("+442079460000"), "E.164 form of an international number");
            Assert.That(copied["ada@example.com"].Tags, Is.EqualTo(new[] { "from-ecwid" }));
            Assert.That(copied["grace@example.com"].PrimaryPhone, Is.Null, "a local number has no E.164 form");
            Assert.That(NotCopied(result, ada), Does.Contain("Facebook channel(s)"));
            Assert.That(NotCopied(result, grace), Has.Some.StartsWith("Phone channel"));
        });
    }

    [Test]
    public async Task RunAsync_WixToEcwid_CopiesCompanyAndChannelsAndSkipsContactsWithoutEmail()
    {
        var ada = (await Bed.Wix.Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromParts("Ada", "Lovelace"),
            Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com"), new ContactChannel(ChannelKind.Phone, "+15550100001")],
            Tags = ["lead"],
            CustomFields = new Dictionary<string, JsonElement> { ["tier"] = JsonSerializer.SerializeToElement("gold") },
            Company = "Analytical Engines",
            JobTitle = "Analyst",
        })).Id;
        var phoneOnly = Bed.Wix.Fake.Seed(new ContactDraft
        {
            Name = PersonName.FromFull("Phone Only"),
            Channels = [new ContactChannel(ChannelKind.Phone, "+15550100002")],
        });
        var sync = new ContactsSync(Bed.Wix.Client, Bed.Ecwid.Client);

        var result = await sync.RunAsync();

        var copied = await SyncTestBed.AllAsync(Bed.Ecwid.Client);
        Assert.Multiple(() =>
        {
            Assert.That(copied, Has.Count.EqualTo(1));
            Assert.That(copied[0].PrimaryEmail, Is.EqualTo("ada@example.com"));
            Assert.That(copied[0].Company, Is.EqualTo("Analytical Engines"));
            Assert.That(copied[0].Channels.Where(c => c.Kind == ChannelKind.Phone).Select(c => c.Value), Has.Some.Contains("5550100001"));
            Assert.That(NotCopied(result, ada), Is.SupersetOf(new[] { "tags", "custom fields", "job title" }));
            Assert.That(ItemOf(result, phoneOnly), Has.Property(nameof(SyncItem.Action)).EqualTo(SyncItemAction.Skip)
                .And.Property(nameof(SyncItem.Reason)).Contains("requires an email"));
            Assert.That(result.Failed, Is.Zero);
        });
    }

    [Test]
    public async Task RunAsync_AgentClaraToWix_CopiesTagsAndCustomFieldsAndMatchesExistingByEmail()
    {
        Bed.Clara.Fake.Seed(new ContactDraft
        {
            Name = PersonName.FromFull("Ada Lovelace"),
            Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com"), new ContactChannel(ChannelKind.Phone, "+15550100001")],
            Tags = ["vip"],
            CustomFields = new Dictionary<string, JsonElement> { ["tier"] = JsonSerializer.SerializeToElement("gold") },
        });
        Bed.Clara.Fake.Seed(SyncContacts.Draft("Grace Hopper", "grace@example.com"));
        var existing = Bed.Wix.Fake.Seed(SyncContacts.Draft("Grace H", "GRACE@example.com"));
        var sync = new ContactsSync(Bed.Clara.Client, Bed.Wix.Client, options: new ContactsSyncOptions { MarkerTag = "from-clara" });

        var result = await sync.RunAsync();

        var copied = (await SyncTestBed.AllAsync(Bed.Wix.Client)).ToDictionary(contact => contact.PrimaryEmail!.ToLowerInvariant());
        var ada = await Bed.Wix.Client.GetAsync(copied["ada@example.com"].Id);
        Assert.Multiple(() =>
        {
            Assert.That(result, Has.Property(nameof(ContactsSyncResult.Created)).EqualTo(1).And.Property(nameof(ContactsSyncResult.Updated)).EqualTo(1));
            Assert.That(copied, Has.Count.EqualTo(2), "the existing Wix contact was matched by email, not duplicated");
            Assert.That(copied["grace@example.com"].Id, Is.EqualTo(existing));
            Assert.That(copied["grace@example.com"].Name.Full, Is.EqualTo("Grace Hopper"));
            Assert.That(ada.Tags, Is.EquivalentTo(new[] { "vip", "from-clara" }));
            Assert.That(ada.CustomFields["tier"].GetString(), Is.EqualTo("gold"), "read from the source contact, which the listing leaves out");
            Assert.That(ada.PrimaryPhone, Is.EqualTo("+15550100001"));
        });
    }

    [Test]
    public async Task RunAsync_ContactWithoutEmail_IsMatchedByPhoneDigits()
    {
        Bed.Wix.Fake.Seed(new ContactDraft
        {
            Name = PersonName.FromFull("Phone Only"),
            Channels = [new ContactChannel(ChannelKind.Phone, "+1 617 555 0199")],
            Tags = ["lead"],
        });
        var existing = Bed.Clara.Fake.Seed(new ContactDraft
        {
            Name = PersonName.FromFull("Phone Only"),
            Channels = [new ContactChannel(ChannelKind.Phone, "+16175550199")],
        });

        var result = await new ContactsSync(Bed.Wix.Client, Bed.Clara.Client).RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(result.Items.Single().TargetId, Is.EqualTo(existing));
            Assert.That(result.Items.Single().Reason, Does.StartWith("matched by phone"));
            Assert.That(Bed.Clara.Fake.ContactCount(), Is.EqualTo(1));
        });
    }

    [TestCase(ContactsVendor.Ecwid, ContactsVendor.AgentClara)]
    [TestCase(ContactsVendor.Wix, ContactsVendor.Ecwid)]
    [TestCase(ContactsVendor.AgentClara, ContactsVendor.Wix)]
    public async Task RunAsync_SecondRunWithoutSourceChanges_SendsNoRequestToTheTarget(ContactsVendor from, ContactsVendor to)
    {
        SyncContacts.SeedPeople(Bed.Fake(from), 5);
        var sync = new ContactsSync(Bed.Client(from), Bed.Client(to), options: new ContactsSyncOptions { MarkerTag = to == ContactsVendor.Ecwid ? null : "synced" });
        var first = await sync.RunAsync();
        Bed.Fake(to).ClearJournal();

        var second = await sync.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.Created, Is.EqualTo(5));
            Assert.That(second, Has.Property(nameof(ContactsSyncResult.Unchanged)).EqualTo(5).And.Property(nameof(ContactsSyncResult.Writes)).EqualTo(0));
            Assert.That(Bed.Fake(to).Journal, Is.Empty, "no read and no write on the target");
        });
    }

    [Test]
    public async Task RunAsync_IncrementalAfterSourceEdits_WritesOnlyTheEditedContacts()
    {
        var ids = SyncContacts.SeedPeople(Bed.Ecwid.Fake, 6);
        Bed.Clock.Advance(TimeSpan.FromMinutes(1)); // past the feed's settle lag, so the first run reads them all
        var store = new InMemorySyncStateStore();
        var sync = new ContactsSync(Bed.Ecwid.Client, Bed.Clara.Client, store);
        await sync.RunAsync(ContactsSyncMode.Incremental);
        Assert.That(await store.GetCheckpointAsync(), Is.Not.Null);
        Bed.Clock.Advance(TimeSpan.FromMinutes(10));
        await Bed.Ecwid.Client.UpdateAsync(ids[2], new ContactPatch { Name = PersonName.FromFull("Renamed Person") });
        Bed.Clock.Advance(TimeSpan.FromMinutes(1));
        Bed.Clara.Fake.ClearJournal();

        var result = await sync.RunAsync(ContactsSyncMode.Incremental);

        var writes = SyncTestBed.Writes(Bed.Clara.Fake);
        Assert.Multiple(() =>
        {
            Assert.That(result.Updated, Is.EqualTo(1));
            Assert.That(result.Created, Is.Zero);
            Assert.That(result.Items.Select(item => item.SourceId), Is.EqualTo(new[] { ids[2] }));
            Assert.That(writes, Has.Count.EqualTo(1));
            Assert.That(writes[0].Method, Is.Not.EqualTo("POST"), "an update, not a create");
        });
    }

    [Test]
    public async Task RunAsync_CrashAfterACreateBeforeItsLinkIsSaved_ResumesWithoutDuplicateOrGap()
    {
        SyncContacts.SeedPeople(Bed.Ecwid.Fake, 8);
        var store = new InMemorySyncStateStore();
        var crashing = new CrashingStateStore(store, crashOnLinkNumber: 4);
        var options = new ContactsSyncOptions { MaxConcurrency = 1 };

        await Assert.ThrowsAsync<IOException>(() => new ContactsSync(Bed.Ecwid.Client, Bed.Clara.Client, crashing, options).RunAsync());
        var beforeResume = Bed.Clara.Fake.ContactCount();
        var resumed = await new ContactsSync(Bed.Ecwid.Client, Bed.Clara.Client, store, options).RunAsync();

        var emails = (await SyncTestBed.AllAsync(Bed.Clara.Client)).Select(contact => contact.PrimaryEmail).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(beforeResume, Is.EqualTo(4), "the crash came after the fourth create");
            Assert.That(emails, Has.Count.EqualTo(8).And.Unique, "no duplicate, no gap");
            Assert.That(resumed.Created, Is.EqualTo(4));
            Assert.That(resumed.Unchanged, Is.EqualTo(4), "three linked, one re-matched by email with nothing to write");
            Assert.That(store.LinkCount, Is.EqualTo(8));
        });
    }

    [Test]
    public async Task RunAsync_CancelledMidway_NextRunFinishesWithoutRedoingWork()
    {
        SyncContacts.SeedPeople(Bed.Ecwid.Fake, 10);
        var store = new InMemorySyncStateStore();
        using var stop = new CancellationTokenSource();
        var sync = new ContactsSync(Bed.Ecwid.Client, Bed.Clara.Client, store, new ContactsSyncOptions { MaxConcurrency = 1 });
        var progress = new SynchronousProgress<ContactsSyncProgress>(report =>
        {
            if (report.Done == 3)
            {
                stop.Cancel();
            }
        });

        await Assert.CatchAsync<OperationCanceledException>(() => sync.RunAsync(progress: progress, cancellationToken: stop.Token));
        var resumed = await sync.RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Bed.Clara.Fake.ContactCount(), Is.EqualTo(10));
            Assert.That(resumed.Created + resumed.Unchanged, Is.EqualTo(10));
            Assert.That(resumed.Unchanged, Is.GreaterThanOrEqualTo(3));
        });
    }

    [Test]
    public async Task RunAsync_TargetFaultsOnCreate_NoDuplicateAndFailuresRetriedNextRun()
    {
        SyncContacts.SeedPeople(Bed.Ecwid.Fake, 6);
        var store = new InMemorySyncStateStore();
        var sync = new ContactsSync(Bed.Ecwid.Client, Bed.Clara.Client, store, new ContactsSyncOptions { MaxConcurrency = 1 });
        Bed.Clara.Fake.ApplyThenFailNext(1, 500, "POST", "/contacts");
        Bed.Clara.Fake.FailNext(1, 503, "POST", "/contacts");
        Bed.Clara.Fake.DropNext(1, "POST", "/contacts");
        Bed.Clara.Fake.FailNext(1, 400, "POST", "/contacts");

        var first = await ClockDriver.RunAsync(Bed.Clock, () => sync.RunAsync());
        var failedAfterFirst = await store.GetFailedAsync();
        var second = await ClockDriver.RunAsync(Bed.Clock, () => sync.RunAsync());

        var emails = (await SyncTestBed.AllAsync(Bed.Clara.Client)).Select(contact => contact.PrimaryEmail).ToList();
        var failedAfterSecond = await store.GetFailedAsync();
        Assert.Multiple(() =>
        {
            Assert.That(first.Failed, Is.GreaterThanOrEqualTo(1), "the refused create (and the dropped one) fail this run");
            Assert.That(failedAfterFirst, Has.Count.EqualTo(first.Failed));
            Assert.That(second.Failed, Is.Zero);
            Assert.That(failedAfterSecond, Is.Empty);
            Assert.That(emails, Has.Count.EqualTo(6).And.Unique);
        });
    }

    [Test]
    public async Task PlanAsync_WritesNothingAndReturnsEachContactsAction()
    {
        SyncContacts.SeedPeople(Bed.Ecwid.Fake, 3);
        Bed.Clara.Fake.Seed(SyncContacts.Draft("Someone Else", "person1@example.com"));
        Bed.Clara.Fake.ClearJournal();
        var store = new InMemorySyncStateStore();

        var plan = await new ContactsSync(Bed.Ecwid.Client, Bed.Clara.Client, store).PlanAsync();

        Assert.Multiple(() =>
        {
            Assert.That(plan.IsDryRun, Is.True);
            Assert.That(plan.Created, Is.EqualTo(2));
            Assert.That(plan.Updated, Is.EqualTo(1));
            Assert.That(plan.Items.Single(item => item.Action == SyncItemAction.Update).Reason, Does.Contain("matched by email").And.Contain("name"));
            Assert.That(plan.Items.Where(item => item.Action == SyncItemAction.Create).Select(item => item.Reason), Has.All.EqualTo("no match on the target"));
            Assert.That(SyncTestBed.Writes(Bed.Clara.Fake), Is.Empty);
            Assert.That(Bed.Clara.Fake.ContactCount(), Is.EqualTo(1));
            Assert.That(store.LinkCount, Is.Zero);
        });
    }

    [TestCase(SyncDeleteBehavior.Delete)]
    [TestCase(SyncDeleteBehavior.Tag)]
    public async Task RunAsync_ContactDeletedInSource_AppliesTheChosenBehaviourOnce(SyncDeleteBehavior behavior)
    {
        var ids = SyncContacts.SeedPeople(Bed.Ecwid.Fake, 3);
        var sync = new ContactsSync(Bed.Ecwid.Client, Bed.Clara.Client, options: new ContactsSyncOptions { DeletedInSource = behavior, DeletedTag = "gone" });
        await sync.RunAsync();
        var targetId = (await sync.StateStore.GetLinkAsync(ids[1]))!.TargetId;
        await Bed.Ecwid.Client.DeleteAsync(ids[1]);

        var result = await sync.RunAsync();
        Bed.Clara.Fake.ClearJournal();
        var again = await sync.RunAsync();

        var target = await Bed.Clara.Client.TryGetAsync(targetId);
        Assert.Multiple(() =>
        {
            Assert.That(result.Deleted, Is.EqualTo(1));
            if (behavior == SyncDeleteBehavior.Delete)
            {
                Assert.That(target, Is.Null);
            }
            else
            {
                Assert.That(target?.Tags, Does.Contain("gone"));
            }

            Assert.That(again.Writes, Is.Zero);
            Assert.That(SyncTestBed.Writes(Bed.Clara.Fake), Is.Empty);
        });
    }

    [Test]
    public async Task RunAsync_ReportsProgressWithRemainingAndRate()
    {
        SyncContacts.SeedPeople(Bed.Ecwid.Fake, 4);
        var reports = new List<ContactsSyncProgress>();
        var sync = new ContactsSync(Bed.Ecwid.Client, Bed.Clara.Client, options: new ContactsSyncOptions { MaxConcurrency = 1 });

        await sync.RunAsync(progress: new SynchronousProgress<ContactsSyncProgress>(reports.Add));

        Assert.Multiple(() =>
        {
            Assert.That(reports.Select(report => report.Done), Is.EqualTo(new[] { 1, 2, 3, 4 }));
            Assert.That(reports[^1].Errors, Is.Zero);
            Assert.That(reports.Select(report => report.Remaining), Has.All.Not.Null.Or.All.Null);
        });
    }

    [Test]
    public void Constructor_SameClientOrBadOptions_ThrowsArgumentException()
    {
        var client = Bed.Clara.Client;
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => _ = new ContactsSync(client, client));
            Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ContactsSync(Bed.Ecwid.Client, client, options: new ContactsSyncOptions { MaxConcurrency = 0 }));
            Assert.Throws<ArgumentNullException>(() => _ = new ContactsSync(null!, client));
        });
    }

    private static IReadOnlyList<string> NotCopied(ContactsSyncResult result, string sourceId) => ItemOf(result, sourceId).NotCopied;

    private static SyncItem ItemOf(ContactsSyncResult result, string sourceId) => result.Items.Single(item => item.SourceId == sourceId);
}
