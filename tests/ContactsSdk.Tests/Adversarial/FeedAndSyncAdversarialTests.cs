using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using ContactsSdk.Changes;
using ContactsSdk.Errors;
using ContactsSdk.Sync;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Adversarial;

/// <summary>
/// Issues 15 and 17 as a hostile caller replays them: forged, truncated and foreign checkpoints, out-of-range feed
/// options, odd upsert inputs, a sync onto itself, a state file that cannot be a file, and vendor faults mid-feed.
/// Over HTTP against the fakes; argument faults never reach a fake.
/// </summary>
public sealed class FeedAndSyncAdversarialTests : VendorHarnessFixture
{
    [Test]
    public async Task GetChanges_CheckpointOfAnotherVendor_ThrowsArgumentExceptionBeforeAnyRequest()
    {
        var checkpoint = await CompletedCheckpointAsync(Wix.Client);
        Wix.Reset();

        var thrown = await Calls.CatchAsync(() => DrainAsync(Ecwid.Client.GetChangesAsync(checkpoint)));

        Assert.That(thrown, Is.InstanceOf<ArgumentException>());
        Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo("since"));
        Assert.That(Sent, Is.Zero);
    }

    [TestCase(1)]
    [TestCase(10)]
    public void Parse_TruncatedToken_ThrowsArgumentExceptionNamingToken(int cut)
    {
        var token = Forge(node => { }).ToString();

        var thrown = Assert.Catch(() => ChangeFeedCheckpoint.Parse(token[..^cut]));

        Assert.That(thrown, Is.InstanceOf<ArgumentException>());
        Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo("token"));
        Assert.That(ChangeFeedCheckpoint.TryParse(token[..^cut], out _), Is.False);
    }

    [Test]
    public void Parse_OneMegabyteToken_ThrowsArgumentExceptionNamingToken()
    {
        var token = new string('A', 1 << 20);

        var thrown = Assert.Catch(() => ChangeFeedCheckpoint.Parse(token));

        Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo("token"));
        Assert.That(ChangeFeedCheckpoint.TryParse(token, out _), Is.False);
    }

    // A high-water mark just after DateTimeOffset.MinValue made "HighWater − Overlap" overflow inside the feed.
    [TestCase("0001-01-01T00:00:00.0000001+00:00")]
    [TestCase("9999-12-31T23:59:59.9999999+00:00")]
    public void Parse_ForgedHighWaterAtTheEdgeOfTime_IsRefused(string highWater)
    {
        var token = Forge(node => node["updatedHighWater"] = highWater);

        var thrown = Assert.Catch(() => ChangeFeedCheckpoint.Parse(token));

        Assert.That(thrown, Is.InstanceOf<ArgumentException>());
        Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo("token"));
        Assert.That(ChangeFeedCheckpoint.TryParse(token, out _), Is.False);
    }

    [Test]
    public void Parse_ForgedDeletedHighWaterAtTheEdgeOfTime_IsRefused()
    {
        var token = Forge(node => node["deletedHighWater"] = "0001-01-01T00:00:00.0000001+00:00");

        Assert.That(() => ChangeFeedCheckpoint.Parse(token), Throws.ArgumentException);
        Assert.That(ChangeFeedCheckpoint.TryParse(token, out _), Is.False);
    }

    [Test]
    public void Parse_AnUntouchedForgeBase_IsAccepted()
    {
        Assert.That(ChangeFeedCheckpoint.TryParse(Forge(node => { }), out var checkpoint), Is.True);
        Assert.That(checkpoint!.Vendor, Is.EqualTo(ContactsVendor.Wix));
    }

    [Test]
    public async Task GetChanges_HostileOptions_ThrowArgumentExceptionBeforeAnyRequest()
    {
        var hostile = new ChangeFeedOptions[]
        {
            new() { Overlap = TimeSpan.MaxValue },
            new() { Overlap = TimeSpan.MinValue },
            new() { Overlap = TimeSpan.FromTicks(-1) },
            new() { SettleLag = TimeSpan.MaxValue },
            new() { SettleLag = TimeSpan.FromTicks(-1) },
            new() { PageSize = 0 },
            new() { PageSize = -1 },
            new() { PageSize = int.MaxValue },
        };
        foreach (var vendor in Enum.GetValues<ContactsVendor>())
        {
            foreach (var options in hostile)
            {
                var thrown = await Calls.CatchAsync(() => DrainAsync(Client(vendor).GetChangesAsync(null, options)));
                Assert.That(thrown, Is.InstanceOf<ArgumentException>(), $"{vendor} {options}");
                Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo("options"), $"{vendor} {options}");
            }
        }

        Assert.That(Sent, Is.Zero);
    }

    [Test]
    public async Task GetChanges_VendorFault_OnlyContactsExceptionEscapes()
    {
        foreach (var vendor in Enum.GetValues<ContactsVendor>())
        {
            foreach (var status in new[] { 500, 503, 401, 400 })
            {
                Fake(vendor).FailNext(10, status);
                var thrown = await Calls.CatchAsync(() => DrainAsync(Client(vendor).GetChangesAsync(null)));
                Fake(vendor).ClearFaults();
                Assert.That(thrown, Is.InstanceOf<ContactsException>(), $"{vendor} {status}: {thrown}");
            }
        }
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("not-an-email")]
    public async Task FindByEmail_BadEmail_ThrowsArgumentExceptionBeforeAnyRequest(string? email)
    {
        var thrown = await Calls.CatchAsync(() => Wix.Client.FindByEmailAsync(email!));

        Assert.That(thrown, Is.InstanceOf<ArgumentException>());
        Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo("email"));
        Assert.That(Sent, Is.Zero);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" \t")]
    [TestCase("12")]
    public async Task FindByPhone_BadPhone_ThrowsArgumentExceptionBeforeAnyRequest(string? phone)
    {
        var thrown = await Calls.CatchAsync(() => Ecwid.Client.FindByPhoneAsync(phone!));

        Assert.That(thrown, Is.InstanceOf<ArgumentException>());
        Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo("phone"));
        Assert.That(Sent, Is.Zero);
    }

    [Test]
    public async Task Upsert_DraftWithoutEmailOrPhone_ThrowsArgumentExceptionBeforeAnyRequest()
    {
        foreach (var vendor in Enum.GetValues<ContactsVendor>())
        {
            var thrown = await Calls.CatchAsync(() => Client(vendor).UpsertAsync(new ContactDraft { Name = PersonName.FromParts("No", "Channels") }));
            Assert.That(thrown, Is.InstanceOf<ArgumentException>(), vendor.ToString());
            Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo("draft"), vendor.ToString());
        }

        Assert.That(Sent, Is.Zero);
    }

    [Test]
    public async Task Upsert_PaddedUpperCaseEmail_FindsTheStoredContactInsteadOfCreatingAnother()
    {
        var first = await Wix.Client.UpsertAsync(new ContactDraft { Name = PersonName.FromParts("Ann", "Lee"), Channels = [new ContactChannel(ChannelKind.Email, "ann.lee@example.com")] });
        var second = await Wix.Client.UpsertAsync(new ContactDraft { Name = PersonName.FromParts("Ann", "Lee"), Channels = [new ContactChannel(ChannelKind.Email, "  ANN.LEE@Example.COM ")] });

        Assert.That(second.Contact.Id, Is.EqualTo(first.Contact.Id));
        Assert.That(second.Outcome, Is.Not.EqualTo(ContactUpsertOutcome.Created));
    }

    [Test]
    public void Sync_SameClientAsSourceAndTarget_ThrowsArgumentException()
    {
        var client = Wix.Client;

        var thrown = Assert.Catch(() => _ = new ContactsSync(client, client));

        Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo("target"));
    }

    // The harness resolves a new client object on each read of Wix.Client: both are the same Wix site.
    [Test]
    public void Sync_TwoClientObjectsOverOneAccount_ThrowsArgumentException()
    {
        var (first, second) = (Wix.Client, Wix.Client);
        Assert.That(first, Is.Not.SameAs(second), "precondition: transient clients");

        var thrown = Assert.Catch(() => _ = new ContactsSync(first, second));

        Assert.That(thrown, Is.InstanceOf<ArgumentException>());
        Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo("target"));
        Assert.That(Sent, Is.Zero);
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void Sync_NonPositiveConcurrency_ThrowsArgumentException(int concurrency)
    {
        var options = new ContactsSyncOptions { MaxConcurrency = concurrency };

        var thrown = Assert.Catch(() => _ = new ContactsSync(Wix.Client, Ecwid.Client, options: options));

        Assert.That(thrown, Is.InstanceOf<ArgumentException>());
        Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo("options"));
    }

    // A directory at the state path used to surface as UnauthorizedAccessException on the first save, mid-sync.
    [Test]
    public void JsonFileStore_PathIsADirectory_ThrowsArgumentExceptionNamingPath()
    {
        var folder = Directory.CreateTempSubdirectory("contacts-sync-dir-");
        try
        {
            var thrown = Assert.Catch(() => _ = new JsonFileSyncStateStore(folder.FullName));

            Assert.That(thrown, Is.InstanceOf<ArgumentException>());
            Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo("path"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public async Task JsonFileStore_CorruptFile_KeepsTheReadableLinesAndOpens()
    {
        var path = Path.Combine(Path.GetTempPath(), $"contacts-sync-{Guid.NewGuid():N}.jsonl");
        try
        {
            await File.WriteAllTextAsync(path, "\0\0garbage{\n{\"op\":\"link\",\"v\":[\"s1\",\"t1\",\"f\"]}\n{\"op\":\"link\",\"v\":[1,2,3]}\n[]\n{\"op\":\"link\",\"v\":[\"s2\",\"t2\"");

            var store = new JsonFileSyncStateStore(path);

            Assert.That((await store.GetLinkAsync("s1"))?.TargetId, Is.EqualTo("t1"));
            Assert.That(await store.GetLinkAsync("s2"), Is.Null);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task Sync_TargetFaults_OnlyCountedOrContactsExceptionEscapes()
    {
        await Wix.Client.CreateAsync(new ContactDraft { Name = PersonName.FromParts("Sy", "Nc"), Channels = [new ContactChannel(ChannelKind.Email, "sync.fault@example.com")] });
        Ecwid.Fake.FailNext(100, 500);
        var sync = new ContactsSync(Wix.Client, Ecwid.Client);

        var thrown = await Calls.CatchAsync(() => sync.RunAsync());

        Assert.That(thrown, Is.Null.Or.InstanceOf<ContactsException>(), thrown?.ToString());
    }

    private static string Forge(Action<JsonObject> tamper)
    {
        var node = new JsonObject
        {
            ["version"] = 1,
            ["vendor"] = "Wix",
            ["account"] = "acct",
            ["updatedHighWater"] = "2026-01-01T00:00:00+00:00",
            ["deletedHighWater"] = "2026-01-01T00:00:00+00:00",
            ["windowTo"] = null,
            ["position"] = null,
        };
        tamper(node);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(node.ToJsonString()));
    }

    private static async Task<ChangeFeedCheckpoint> CompletedCheckpointAsync(IContactsClient client)
    {
        var feed = client.GetChangesAsync(null);
        await DrainAsync(feed);
        return feed.Checkpoint!;
    }

    private static async Task DrainAsync(IAsyncEnumerable<ContactChange> feed)
    {
        await foreach (var change in feed)
        {
            _ = change;
        }
    }
}
