using System.Diagnostics;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Redis.Tests.Support;
using ContactsSdk.Sync;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Sync;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace ContactsSdk.Redis.Tests;

/// <summary>
/// The Redis sync state store beyond the shared contract: its key names, state shared by app instances, registration with
/// <c>UseRedis</c>, a whole <see cref="ContactsSync"/> on it (idempotent, resumable from another instance), and Redis down.
/// </summary>
[NonParallelizable]
public sealed class RedisSyncStateStoreTests : RedisFixture
{
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(2);

    [SetUp]
    public void RedisUp() => Server.Start();

    [Test]
    public async Task Keys_AreNamespacedBySyncName_AsDocumented()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(Server.ConnectionString);
        var store = new RedisSyncStateStore(connection, "ecwid-to-clara", new ContactsRedisOptions { KeyPrefix = "app1:" });
        var other = new RedisSyncStateStore(connection, "wix-to-clara", new ContactsRedisOptions { KeyPrefix = "app1:" });
        await store.SaveLinkAsync(new SyncLink("s1", "t1", "f1"));
        await store.MarkFailedAsync("s2");
        await store.SaveCheckpointAsync("updated:1");

        var database = connection.GetDatabase();
        Assert.Multiple(async () =>
        {
            Assert.That(await database.KeyTypeAsync("app1:sync:{ecwid-to-clara}:links"), Is.EqualTo(RedisType.Hash));
            Assert.That(await database.HashGetAsync("app1:sync:{ecwid-to-clara}:links", "s1"), Is.EqualTo((RedisValue)"{\"t\":\"t1\",\"f\":\"f1\"}"));
            Assert.That(await database.KeyTypeAsync("app1:sync:{ecwid-to-clara}:failed"), Is.EqualTo(RedisType.Set));
            Assert.That(await database.StringGetAsync("app1:sync:{ecwid-to-clara}:checkpoint"), Is.EqualTo((RedisValue)"updated:1"));
            Assert.That(await database.KeyTimeToLiveAsync("app1:sync:{ecwid-to-clara}:links"), Is.Null, "links never expire");
            Assert.That(await other.GetLinkAsync("s1"), Is.Null, "another sync's state is its own");
            Assert.That(await other.GetCheckpointAsync(), Is.Null);
        });
    }

    [Test]
    public async Task TwoInstances_SaveConcurrently_EachSeesEveryLinkAndFailure()
    {
        await using var first = await ConnectionMultiplexer.ConnectAsync(Server.ConnectionString);
        await using var second = await ConnectionMultiplexer.ConnectAsync(Server.ConnectionString);
        var name = Guid.NewGuid().ToString("N");
        var a = new RedisSyncStateStore(first, name);
        var b = new RedisSyncStateStore(second, name);

        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => (i % 2 == 0 ? a : b).SaveLinkAsync(new SyncLink($"s{i}", $"t{i}", "f"))));
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? b : a).MarkFailedAsync($"s{i % 20}")));

        Assert.Multiple(async () =>
        {
            Assert.That(await CountAsync(a), Is.EqualTo(300));
            Assert.That(await CountAsync(b), Is.EqualTo(300));
            Assert.That(await a.GetFailedAsync(), Has.Count.EqualTo(20));
        });
    }

    [Test]
    public async Task GetLinkAsync_ValueWrittenBySomethingElse_ThrowsContactsException()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(Server.ConnectionString);
        var name = Guid.NewGuid().ToString("N");
        await connection.GetDatabase().HashSetAsync($"contactssdk:sync:{{{name}}}:links", "s1", "not json");
        var store = new RedisSyncStateStore(connection, name);

        var failure = await Assert.ThrowsAsync<ContactsException>(() => store.GetLinkAsync("s1"));

        Assert.That(failure!.Message, Does.Contain(name));
    }

    [Test]
    public async Task Constructor_BadArguments_ThrowArgumentExceptionNamingTheParameter()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(Server.ConnectionString);

        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentNullException>(() => _ = new RedisSyncStateStore(null!, "s"))!.ParamName, Is.EqualTo("connection"));
            Assert.That(Assert.Throws<ArgumentException>(() => _ = new RedisSyncStateStore(connection, " "))!.ParamName, Is.EqualTo("syncName"));
            Assert.That(Assert.Throws<ArgumentException>(() => _ = new RedisSyncStateStore(connection, "a\nb"))!.ParamName, Is.EqualTo("syncName"));
            Assert.That(Assert.Throws<ArgumentException>(() => _ = new RedisSyncStateStore(connection, new string('x', RedisSyncStateStore.MaxSyncNameLength + 1)))!.ParamName, Is.EqualTo("syncName"));
            Assert.That(Assert.Throws<ArgumentException>(() => _ = new RedisSyncStateStore(connection, "s", new ContactsRedisOptions { KeyPrefix = " " }))!.ParamName, Is.EqualTo("options"));
            Assert.That(new RedisSyncStateStore(connection, new string('x', RedisSyncStateStore.MaxSyncNameLength)).SyncName, Has.Length.EqualTo(RedisSyncStateStore.MaxSyncNameLength));
        });
    }

    [Test]
    public async Task UseRedis_RegistersASyncStateStoreFactory_SharingStateWithEveryInstance()
    {
        var name = Guid.NewGuid().ToString("N");
        var services = new ServiceCollection();
        services.AddContactsSdk().UseRedis(Server.ConnectionString, o => o.KeyPrefix = "app2:");
        await using var provider = services.BuildServiceProvider();
        await using var elsewhere = await ConnectionMultiplexer.ConnectAsync(Server.ConnectionString);

        var factory = provider.GetRequiredService<ISyncStateStoreFactory>();
        await factory.Open(name).SaveLinkAsync(new SyncLink("s1", "t1", "f1"));

        Assert.That(await new RedisSyncStateStore(elsewhere, name, new ContactsRedisOptions { KeyPrefix = "app2:" }).GetLinkAsync("s1"), Is.EqualTo(new SyncLink("s1", "t1", "f1")));
        Assert.That(Assert.Throws<ArgumentException>(() => factory.Open(""))!.ParamName, Is.EqualTo("syncName"));
    }

    [Test]
    public async Task ContactsSync_OnRedis_SecondRunWritesNothing()
    {
        await using var bed = await SyncBed.StartAsync(Server);
        var ids = SeedPeople(bed.Ecwid, 5);
        var sync = new ContactsSync(bed.Source, bed.Target, bed.OpenStore());

        var first = await sync.RunAsync();
        bed.Clara.ClearJournal();
        var second = await new ContactsSync(bed.Source, bed.Target, bed.OpenStore()).RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.Created, Is.EqualTo(5));
            Assert.That(second.Unchanged, Is.EqualTo(5));
            Assert.That(second.Created + second.Updated + second.Failed, Is.Zero);
            Assert.That(bed.Clara.Journal.Where(request => request.Method != "GET"), Is.Empty, "no write on the second run");
            Assert.That(bed.Clara.ContactCount(), Is.EqualTo(ids.Count));
        });
    }

    [Test]
    public async Task ContactsSync_CrashAfterACreate_ResumedByAnotherInstance_NoDuplicateNoGap()
    {
        await using var bed = await SyncBed.StartAsync(Server);
        SeedPeople(bed.Ecwid, 8);
        var options = new ContactsSyncOptions { MaxConcurrency = 1 };
        var crashing = new CrashingStateStore(bed.OpenStore(), crashOnLinkNumber: 4);
        await Assert.ThrowsAsync<IOException>(() => new ContactsSync(bed.Source, bed.Target, crashing, options).RunAsync());
        var beforeResume = bed.Clara.ContactCount();

        // Another app instance: its own connection to Redis, its own store object, the same sync name.
        await using var otherInstance = await ConnectionMultiplexer.ConnectAsync(Server.ConnectionString);
        var resumedStore = new RedisSyncStateStore(otherInstance, bed.SyncName);
        var resumed = await new ContactsSync(bed.Source, bed.Target, resumedStore, options).RunAsync();

        var emails = (await AllAsync(bed.Target)).Select(contact => contact.PrimaryEmail).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(beforeResume, Is.EqualTo(4), "the crash came after the fourth create, before its link was saved");
            Assert.That(emails, Has.Count.EqualTo(8).And.Unique, "no duplicate, no gap");
            Assert.That(resumed.Created, Is.EqualTo(4));
            Assert.That(resumed.Unchanged, Is.EqualTo(4), "three linked, one re-matched by email with nothing to write");
            Assert.That(await CountAsync(resumedStore), Is.EqualTo(8));
        });
    }

    [Test]
    public async Task RedisDown_EveryCallFailsClosedWithinTheTimeout_AndASyncWritesNothing()
    {
        await using var bed = await SyncBed.StartAsync(Server);
        SeedPeople(bed.Ecwid, 3);
        var store = bed.OpenStore();
        await store.SaveCheckpointAsync("updated:1");
        Server.Stop();

        var timer = Stopwatch.StartNew();
        var failures = new List<ContactsUnavailableException?>
        {
            await Assert.ThrowsAsync<ContactsUnavailableException>(() => store.GetLinkAsync("s1")),
            await Assert.ThrowsAsync<ContactsUnavailableException>(() => store.SaveLinkAsync(new SyncLink("s1", "t1", "f1"))),
            await Assert.ThrowsAsync<ContactsUnavailableException>(() => store.GetCheckpointAsync()),
            await Assert.ThrowsAsync<ContactsUnavailableException>(() => store.MarkFailedAsync("s1")),
            await Assert.ThrowsAsync<ContactsUnavailableException>(async () => await CountAsync(store)),
        };
        var perCall = timer.Elapsed / failures.Count;
        timer.Restart();
        var run = await Assert.ThrowsAsync<ContactsUnavailableException>(() => new ContactsSync(bed.Source, bed.Target, store).RunAsync());

        Assert.Multiple(() =>
        {
            Assert.That(perCall, Is.LessThan(NoHang));
            Assert.That(timer.Elapsed, Is.LessThan(NoHang));
            Assert.That(failures, Has.All.Property(nameof(ContactsException.IsTransient)).True);
            Assert.That(failures[0]!.Message, Does.Contain("sync state").And.Not.Contain(Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(run!.Message, Does.Contain("sync state"));
            Assert.That(bed.Clara.Journal.Where(request => request.Method != "GET"), Is.Empty, "the sync stopped before writing");
        });
    }

    [Test]
    public async Task RedisBack_TheSameStoreServesAgain()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(Server.ConnectionString);
        var store = new RedisSyncStateStore(connection, Guid.NewGuid().ToString("N"), new ContactsRedisOptions { OperationTimeout = TimeSpan.FromMilliseconds(300) });
        Server.Stop();
        await Assert.ThrowsAsync<ContactsUnavailableException>(() => store.GetCheckpointAsync());

        Server.Start();
        await ReconnectedAsync(connection);
        await store.SaveCheckpointAsync("updated:2");

        Assert.That(await store.GetCheckpointAsync(), Is.EqualTo("updated:2"));
    }

    private static List<string> SeedPeople(VendorFake fake, int count)
        => [.. Enumerable.Range(0, count).Select(i => fake.Seed(new ContactDraft
        {
            Name = PersonName.FromFull($"Person {i}"),
            Channels = [new ContactChannel(ChannelKind.Email, $"person{i}@example.com")],
        }))];

    private static async Task<int> CountAsync(RedisSyncStateStore store)
    {
        var count = 0;
        await foreach (var _ in store.ListLinksAsync())
        {
            count++;
        }

        return count;
    }

    private static async Task<List<Contact>> AllAsync(IContactsClient client)
    {
        var all = new List<Contact>();
        await foreach (var contact in client.ListAsync())
        {
            all.Add(contact);
        }

        return all;
    }

    // StackExchange.Redis reconnects in the background; a bounded wait on its own signal, not a fixed sleep.
    private static async Task ReconnectedAsync(ConnectionMultiplexer connection)
    {
        var deadline = Stopwatch.StartNew();
        while (!connection.IsConnected && deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(50);
        }
    }

    /// <summary>An Ecwid fake and an AgentClara fake with clients, and a Redis store for one sync between them.</summary>
    private sealed class SyncBed : IAsyncDisposable
    {
        private readonly ContactsClients _clients;
        private readonly ConnectionMultiplexer _connection;

        private SyncBed(EcwidFake ecwid, AgentClaraFake clara, ContactsClients clients, ConnectionMultiplexer connection)
        {
            Ecwid = ecwid;
            Clara = clara;
            _clients = clients;
            _connection = connection;
        }

        public EcwidFake Ecwid { get; }

        public AgentClaraFake Clara { get; }

        public IContactsClient Source => _clients.Get("ecwid");

        public IContactsClient Target => _clients.Get("clara");

        public string SyncName { get; } = "ecwid-to-clara-" + Guid.NewGuid().ToString("N");

        public static async Task<SyncBed> StartAsync(RedisServer server)
        {
            var ecwid = EcwidFake.Start();
            var clara = AgentClaraFake.Start();
            var clients = new ContactsClientBuilder().Configure(sdk => sdk.AddEcwid("ecwid", ecwid).AddAgentClara("clara", clara)).Build();
            var connection = await ConnectionMultiplexer.ConnectAsync(RedisConnectionOptions(server));
            return new SyncBed(ecwid, clara, clients, connection);
        }

        /// <summary>A store as an app instance would open it: over the instance's connection, 500 ms per call.</summary>
        public RedisSyncStateStore OpenStore() => new(_connection, SyncName, new ContactsRedisOptions { OperationTimeout = TimeSpan.FromMilliseconds(500) });

        public async ValueTask DisposeAsync()
        {
            await _clients.DisposeAsync();
            await _connection.DisposeAsync();
            Ecwid.Dispose();
            Clara.Dispose();
        }

        private static ConfigurationOptions RedisConnectionOptions(RedisServer server)
        {
            var options = ConfigurationOptions.Parse(server.ConnectionString);
            options.AbortOnConnectFail = false;
            return options;
        }
    }
}
