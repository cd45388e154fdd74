using ContactsSdk.Changes;
using ContactsSdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Changes;

/// <summary>
/// The spec's change-feed scenarios (R.5) on every vendor, over HTTP against the fakes on one fake clock: pages of 10 so
/// that a few dozen contacts make several pages.
/// </summary>
[TestFixtureSource(typeof(FeedVendor), nameof(FeedVendor.All))]
public sealed class ChangeFeedScenarioTests(FeedVendor vendor)
{
    private static readonly ChangeFeedOptions Paged = new() { PageSize = 10 };
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private IContactsClient _client = null!;
    private VendorFake _fake = null!;
    private IAsyncDisposable _owner = null!;
    private int _seeded;

    [OneTimeSetUp]
    public void StartFake() => (_client, _fake, _owner) = vendor.Start(_clock);

    [OneTimeTearDown]
    public async Task StopFake() => await _owner.DisposeAsync();

    [SetUp]
    public void Reset()
    {
        _fake.Reset();
        _clock.Advance(TimeSpan.FromHours(1));
    }

    [Test]
    public async Task GetChangesAsync_FromNull_ReadsEveryContactAsCreated_WithFewRequests_AndEndsOnTheWindowsEnd()
    {
        var ids = Seed(25);
        _clock.Advance(TimeSpan.FromMinutes(5));
        _fake.ClearJournal();

        var changes = await ReadAsync(null, Paged);

        Assert.Multiple(() =>
        {
            Assert.That(changes.Select(change => change.ContactId), Is.EquivalentTo(ids));
            Assert.That(changes.Select(change => change.Kind), Is.All.EqualTo(ContactChangeKind.Created));
            Assert.That(changes.Select(change => change.Origin), Is.All.EqualTo(ContactChangeOrigin.Poll));
            Assert.That(changes.Select(change => change.Vendor), Is.All.EqualTo(vendor.Vendor));
            Assert.That(changes.All(change => change.Contact?.Id == change.ContactId), Is.True, "each poll change carries its contact");
            Assert.That(changes.All(change => change.Checkpoint is not null), Is.True);
            Assert.That(changes[^1].Checkpoint!.HighWater, Is.EqualTo(Truncate(_clock.GetUtcNow()) - TimeSpan.FromSeconds(30)));
            Assert.That(changes[^1].Checkpoint!.State.WindowTo, Is.Null, "the last change completes the window");
            Assert.That(changes[0].Checkpoint!.State.WindowTo, Is.Not.Null, "earlier changes resume inside the window");
            Assert.That(_fake.Journal, Has.Count.LessThanOrEqualTo(6), "a probe and a few pages of 10, never a request per contact");
        });
    }

    [Test]
    public void GetChangesAsync_IsLazy_AndChecksOptionsBeforeAnyRequest()
    {
        _fake.ClearJournal();

        _ = _client.GetChangesAsync(null);
        var ex = Assert.Throws<ArgumentException>(() => _client.GetChangesAsync(null, new ChangeFeedOptions { PageSize = 0 }));
        var lag = Assert.Throws<ArgumentException>(() => _client.GetChangesAsync(null, new ChangeFeedOptions { SettleLag = TimeSpan.FromSeconds(-1) }));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.ParamName, Is.EqualTo("options"));
            Assert.That(lag!.ParamName, Is.EqualTo("options"));
            Assert.That(_fake.Journal, Is.Empty);
        });
    }

    [Test]
    public async Task GetChangesAsync_AfterACheckpoint_YieldsWhatWasUpdatedAndCreatedSince()
    {
        var ids = Seed(5);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var checkpoint = (await ReadAsync(null))[^1].Checkpoint;
        _clock.Advance(TimeSpan.FromMinutes(5));

        await _client.UpdateAsync(ids[2], new ContactPatch { Name = new PersonName("Renamed", "Person", null) });
        var created = Seed(1)[0];
        _clock.Advance(TimeSpan.FromMinutes(1));
        var changes = await ReadAsync(checkpoint);

        Assert.Multiple(() =>
        {
            Assert.That(changes.Select(change => (change.ContactId, change.Kind)), Is.EquivalentTo(new[]
            {
                (ids[2], ContactChangeKind.Updated), (created, ContactChangeKind.Created),
            }));
            Assert.That(changes.Single(change => change.ContactId == ids[2]).Contact!.Name!.Full, Does.Contain("Renamed"));
        });
    }

    [Test]
    public async Task GetChangesAsync_SameSecondUpdates_StraddlingPageBoundaries_AreAllRead()
    {
        var ids = Seed(25);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var checkpoint = (await ReadAsync(null))[^1].Checkpoint;
        _clock.Advance(TimeSpan.FromMinutes(5));
        foreach (var id in ids)
        {
            await _client.UpdateAsync(id, Rename(id));
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        var changes = await ReadAsync(checkpoint, Paged);

        Assert.That(changes.Where(change => change.Kind == ContactChangeKind.Updated).Select(change => change.ContactId).Distinct(), Is.EquivalentTo(ids));
    }

    [Test]
    public async Task GetChangesAsync_AnAlreadyReadContactUpdatedDuringPaging_SkipsNoOther_AndComesInTheNextWindow()
    {
        var ids = SeedOneASecond(25);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var read = new List<ContactChange>();
        await using (var feed = _client.GetChangesAsync(null, Paged).GetAsyncEnumerator())
        {
            for (var i = 0; i < 5 && await feed.MoveNextAsync(); i++)
            {
                read.Add(feed.Current);
            }

            await _client.UpdateAsync(read[0].ContactId, Rename("moved"));
            while (await feed.MoveNextAsync())
            {
                read.Add(feed.Current);
            }
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        var next = await ReadAsync(read[^1].Checkpoint);

        Assert.Multiple(() =>
        {
            Assert.That(read.Select(change => change.ContactId).Distinct(), Is.EquivalentTo(ids));
            Assert.That(next.Where(change => change.Kind == ContactChangeKind.Updated).Select(change => change.ContactId), Does.Contain(read[0].ContactId));
        });
    }

    [Test]
    public async Task GetChangesAsync_ADeleteDuringPaging_SkipsNoOther_AndTheDeleteIsFound()
    {
        var ids = SeedOneASecond(25);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var read = new List<ContactChange>();
        string deleted;
        await using (var feed = _client.GetChangesAsync(null, Paged).GetAsyncEnumerator())
        {
            for (var i = 0; i < 5 && await feed.MoveNextAsync(); i++)
            {
                read.Add(feed.Current);
            }

            deleted = read[1].ContactId;
            await _client.DeleteAsync(deleted);
            while (await feed.MoveNextAsync())
            {
                read.Add(feed.Current);
            }
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        var found = vendor.KeepsDeletedHistory
            ? await ReadAsync(read[^1].Checkpoint)
            : await _client.ReconcileAsync(ids.ToAsyncEnumerable()).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(read.Select(change => change.ContactId).Distinct(), Is.EquivalentTo(ids));
            var delete = found.Single(change => change.Kind == ContactChangeKind.Deleted);
            Assert.That(delete.ContactId, Is.EqualTo(deleted));
            Assert.That(
                delete.Origin,
                Is.EqualTo(vendor.KeepsDeletedHistory ? ContactChangeOrigin.DeletedHistory : ContactChangeOrigin.Reconciliation));
        });
    }

    [TestCase(90)]
    [TestCase(-90)]
    public async Task GetChangesAsync_VendorClockSkewed_WindowFollowsTheVendorsDateHeader_AndLosesNothing(int skewSeconds)
    {
        var skew = TimeSpan.FromSeconds(skewSeconds);
        _fake.VendorClockOffset = skew;
        var ids = Seed(3);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var checkpoint = (await ReadAsync(null))[^1].Checkpoint!;
        var vendorNow = Truncate(_clock.GetUtcNow() + skew);

        await _client.UpdateAsync(ids[0], Rename("fresh"));
        var tooFresh = await ReadAsync(checkpoint);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var later = await ReadAsync(tooFresh.Count > 0 ? tooFresh[^1].Checkpoint : checkpoint);

        Assert.Multiple(() =>
        {
            Assert.That(checkpoint.HighWater, Is.EqualTo(vendorNow - TimeSpan.FromSeconds(30)));
            Assert.That(tooFresh.Select(change => change.ContactId), Does.Not.Contain(ids[0]), "younger than the settle lag");
            Assert.That(later.Where(change => change.Kind == ContactChangeKind.Updated).Select(change => change.ContactId), Does.Contain(ids[0]));
        });
    }

    [Test]
    public async Task GetChangesAsync_ResumedFromAMidPageCheckpoint_AfterACrash_LeavesNoGap()
    {
        var ids = SeedOneASecond(25);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var beforeCrash = new List<ContactChange>();
        await foreach (var change in _client.GetChangesAsync(null, Paged))
        {
            beforeCrash.Add(change);
            if (beforeCrash.Count == 15)
            {
                break;
            }
        }

        var persisted = beforeCrash[^1].Checkpoint!.ToString();
        _clock.Advance(TimeSpan.FromMinutes(10));
        var afterCrash = await ReadAsync(ChangeFeedCheckpoint.Parse(persisted), Paged);

        Assert.Multiple(() =>
        {
            Assert.That(beforeCrash[^1].Checkpoint!.State.Position, Is.Not.Null, "a checkpoint inside the window");
            Assert.That(beforeCrash.Concat(afterCrash).Select(change => change.ContactId).Distinct(), Is.EquivalentTo(ids));
            Assert.That(afterCrash[^1].Checkpoint!.State.WindowTo, Is.Null);
            Assert.That(afterCrash[^1].Checkpoint!.HighWater, Is.EqualTo(beforeCrash[^1].Checkpoint!.State.WindowTo), "the window keeps its bounds");
        });
    }

    [Test]
    public async Task GetChangesAsync_CheckpointRoundTrip_ResumesAsTheOriginal()
    {
        Seed(3);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var checkpoint = (await ReadAsync(null))[^1].Checkpoint!;
        var updated = Seed(1)[0];
        _clock.Advance(TimeSpan.FromMinutes(1));

        var parsed = ChangeFeedCheckpoint.Parse(checkpoint.ToString());
        var changes = await ReadAsync(parsed);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.EqualTo(checkpoint));
            Assert.That(changes.Select(change => change.ContactId), Is.EqualTo(new[] { updated }));
        });
    }

    [Test]
    public void GetChangesAsync_ACheckpointOfAnotherVendorOrAccount_ThrowsArgumentExceptionBeforeAnyRequest()
    {
        var otherVendor = vendor.Vendor == ContactsVendor.Wix ? ContactsVendor.Ecwid : ContactsVendor.Wix;
        var foreign = Checkpoint(otherVendor, "site:x");
        var otherAccount = Checkpoint(vendor.Vendor, "another-account");
        var badPosition = new ChangeFeedCheckpoint(
            new ChangeFeedCheckpointState(1, vendor.Vendor, AccountOf(), DateTimeOffset.UnixEpoch, null, DateTimeOffset.UnixEpoch, "not|a:position|x"));
        _fake.ClearJournal();

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentException>(() => _client.GetChangesAsync(foreign))!.ParamName, Is.EqualTo("since"));
            Assert.That(Assert.Throws<ArgumentException>(() => _client.GetChangesAsync(otherAccount))!.ParamName, Is.EqualTo("since"));
            Assert.That(Assert.Throws<ArgumentException>(() => _client.GetChangesAsync(badPosition))!.ParamName, Is.EqualTo("since"));
            Assert.That(_fake.Journal, Is.Empty);
        });
    }

    [Test]
    public async Task GetChangesAsync_CheckpointAccount_NamesNoSecret()
    {
        Seed(1);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var checkpoint = (await ReadAsync(null))[^1].Checkpoint!;
        var decoded = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(checkpoint.ToString()));

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Does.Not.Contain(AgentClaraFake.DefaultCredential));
            Assert.That(decoded, Does.Not.Contain(EcwidFake.DefaultCredential));
            Assert.That(decoded, Does.Not.Contain(WixFake.DefaultCredential));
            Assert.That(checkpoint.State.Account, Is.Not.Empty);
        });
    }

    [Test]
    public async Task ReconcileAsync_StreamsKnownIds_AndReportsOnlyTheGoneOnes()
    {
        var ids = Seed(12);
        await _client.DeleteAsync(ids[3]);
        await _client.DeleteAsync(ids[11]);
        _fake.ClearJournal();

        var changes = await _client.ReconcileAsync(Repeat(ids, times: 2)).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(changes.Select(change => change.ContactId).Distinct(), Is.EquivalentTo(new[] { ids[3], ids[11] }));
            Assert.That(changes.Select(change => change.Kind), Is.All.EqualTo(ContactChangeKind.Deleted));
            Assert.That(changes.Select(change => change.Origin), Is.All.EqualTo(ContactChangeOrigin.Reconciliation));
            Assert.That(changes.All(change => change.Checkpoint is null), Is.True);
        });
    }

    [Test]
    public async Task ReconcileAsync_NullOrBlankIds_ThrowArgumentException()
    {
        var missing = Assert.Throws<ArgumentNullException>(() => _client.ReconcileAsync(null!));
        var blank = await Assert.ThrowsAsync<ArgumentException>(async () => await _client.ReconcileAsync(new[] { " " }.ToAsyncEnumerable()).ToListAsync());

        Assert.Multiple(() =>
        {
            Assert.That(missing!.ParamName, Is.EqualTo("knownIds"));
            Assert.That(blank!.ParamName, Is.EqualTo("knownIds"));
        });
    }

    [Test]
    public async Task GetChangesAsync_AQuietWindow_YieldsNothing_ButTheFeedsCheckpointMovesToTheWindowsEnd()
    {
        Seed(3);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var first = _client.GetChangesAsync(null, Paged);
        var firstChanges = await first.ToListAsync();
        _clock.Advance(TimeSpan.FromHours(6));

        var quiet = _client.GetChangesAsync(first.Checkpoint, Paged);
        var beforeReading = quiet.Checkpoint;
        var changes = await quiet.ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.Checkpoint, Is.EqualTo(firstChanges[^1].Checkpoint), "after changes: the last one's, which completes the window");
            Assert.That(beforeReading, Is.EqualTo(first.Checkpoint), "before reading: the checkpoint the call was given");
            Assert.That(changes, Is.Empty);
            Assert.That(quiet.Checkpoint!.HighWater, Is.EqualTo(Truncate(_clock.GetUtcNow()) - TimeSpan.FromSeconds(30)), "the quiet window's end");
            Assert.That(quiet.Checkpoint.State.WindowTo, Is.Null, "a completed window");
        });
    }

    [Test]
    public async Task GetChangesAsync_AFullReadOfAnEmptyAccount_EndsWithACheckpoint_SoTheNextCallIsNoFullRead()
    {
        _clock.Advance(TimeSpan.FromMinutes(5));
        var empty = _client.GetChangesAsync(null);

        Assert.That(await empty.ToListAsync(), Is.Empty);
        Assert.That(empty.Checkpoint?.HighWater, Is.EqualTo(Truncate(_clock.GetUtcNow()) - TimeSpan.FromSeconds(30)));
    }

    [Test]
    public async Task GetChangesAsync_TheFeedsCheckpoint_MovesPastAChangeOnlyWhenTheNextIsAskedFor()
    {
        Seed(3);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var feed = _client.GetChangesAsync(null, Paged);
        await using var changes = feed.GetAsyncEnumerator();

        Assert.That(await changes.MoveNextAsync(), Is.True);
        var first = changes.Current;
        var whileHandlingFirst = feed.Checkpoint;
        Assert.That(await changes.MoveNextAsync(), Is.True);

        Assert.Multiple(() =>
        {
            Assert.That(whileHandlingFirst, Is.Null, "a handler that fails on the first change must not persist past it");
            Assert.That(feed.Checkpoint, Is.EqualTo(first.Checkpoint));
        });
    }

    [Test]
    public async Task GetChangesAsync_CancelledByTheCaller_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.CatchAsync<OperationCanceledException>(async () => await _client.GetChangesAsync(null, cancellationToken: cts.Token).ToListAsync());
    }

    private static ContactPatch Rename(string suffix) => new() { Name = new PersonName("Renamed", "Person " + suffix, null) };

    private async Task<List<ContactChange>> ReadAsync(ChangeFeedCheckpoint? since, ChangeFeedOptions? options = null)
        => await _client.GetChangesAsync(since, options).ToListAsync();

    private List<string> Seed(int count)
        => [.. Enumerable.Range(0, count).Select(_ => SeedOne())];

    private List<string> SeedOneASecond(int count)
        => [.. Enumerable.Range(0, count).Select(_ =>
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            return SeedOne();
        })];

    private string SeedOne()
    {
        var n = Interlocked.Increment(ref _seeded);
        return _fake.Seed(new ContactDraft
        {
            Name = new PersonName("Feed", "Person" + n, null),
            Channels = [new ContactChannel(ChannelKind.Email, $"feed{n}@example.com")],
        });
    }

    private string AccountOf() => vendor.Vendor switch
    {
        ContactsVendor.Ecwid => "store:" + EcwidFake.DefaultStoreId,
        ContactsVendor.Wix => "site:" + WixFake.DefaultSiteId,
        _ => ReadAccount(),
    };

    // AgentClara binds to a key fingerprint: read it from a real checkpoint.
    private string ReadAccount()
    {
        Seed(1);
        _clock.Advance(TimeSpan.FromMinutes(5));
        return ReadAsync(null).GetAwaiter().GetResult()[^1].Checkpoint!.State.Account;
    }

    private static ChangeFeedCheckpoint Checkpoint(ContactsVendor vendor, string account)
        => new(new ChangeFeedCheckpointState(1, vendor, account, DateTimeOffset.UnixEpoch, null, null, null));

    private static DateTimeOffset Truncate(DateTimeOffset value) => DateTimeOffset.FromUnixTimeSeconds(value.ToUnixTimeSeconds());

    private static async IAsyncEnumerable<string> Repeat(IReadOnlyList<string> ids, int times)
    {
        for (var round = 0; round < times; round++)
        {
            foreach (var id in ids)
            {
                await Task.Yield();
                yield return id;
            }
        }
    }
}
