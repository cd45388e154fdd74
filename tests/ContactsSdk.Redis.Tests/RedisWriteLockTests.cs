using ContactsSdk.Redis.Tests.Support;
using StackExchange.Redis;

namespace ContactsSdk.Redis.Tests;

/// <summary>
/// The shared per-contact write lock against a real Redis: one holder across instances, a lease that frees the lock of a
/// holder that vanished, release only by the owner's token, and renewal while a long write runs.
/// </summary>
public sealed class RedisWriteLockTests
{
    private RedisSession? _redis;

    private RedisServer Server => _redis!.Server;

    private ConnectionMultiplexer Admin => _redis!.Connection;

    [OneTimeSetUp]
    public async Task StartRedis() => _redis = await RedisSession.StartOrSkipAsync();

    [OneTimeTearDown]
    public ValueTask StopRedis() => _redis?.DisposeAsync() ?? ValueTask.CompletedTask;

    [Test]
    public async Task AcquireAsync_HeldByAnotherInstance_WaitsUntilItsOwnerReleases()
    {
        await using var first = new RedisInstance(Server);
        await using var second = new RedisInstance(Server);
        var key = NewKey();
        var held = await first.WriteLocks.AcquireAsync(key, CancellationToken.None);

        var waiting = second.WriteLocks.AcquireAsync(key, CancellationToken.None).AsTask();
        var settled = await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromMilliseconds(300)));

        Assert.That(settled, Is.Not.SameAs(waiting), "the second instance waits while the first holds the contact");
        await held.DisposeAsync();
        var next_ = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        await next_.DisposeAsync();
        Assert.That(await Admin.GetDatabase().KeyExistsAsync("contactssdk:lock:" + key), Is.False, "released locks leave no key");
    }

    [Test]
    public async Task AcquireAsync_HolderVanished_IsFreedWhenItsLeaseRunsOut()
    {
        await using var instance = new RedisInstance(Server);
        var key = NewKey();

        // A crashed instance: its lock stays in Redis with nobody to renew or release it.
        await Admin.GetDatabase().StringSetAsync("contactssdk:lock:" + key, "crashed-owner", TimeSpan.FromMilliseconds(400));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var held = await instance.WriteLocks.AcquireAsync(key, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        await held.DisposeAsync();

        Assert.That(started.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(300)).And.LessThan(TimeSpan.FromSeconds(2)),
            "the contact is blocked for the rest of the lease, and no longer");
    }

    [Test]
    public async Task DisposeAsync_AfterTheLeaseWentToAnother_LeavesTheNewOwnersLock()
    {
        await using var first = new RedisInstance(Server);
        await using var second = new RedisInstance(Server);
        var key = NewKey();
        var database = Admin.GetDatabase();
        var stale = await first.WriteLocks.AcquireAsync(key, CancellationToken.None);

        // The first holder's lease ran out (e.g. a long pause) and the second took the contact.
        await database.KeyDeleteAsync("contactssdk:lock:" + key);
        var current = await second.WriteLocks.AcquireAsync(key, CancellationToken.None);
        var owner = await database.StringGetAsync("contactssdk:lock:" + key);
        await stale.DisposeAsync();

        Assert.That((string?)await database.StringGetAsync("contactssdk:lock:" + key), Is.EqualTo((string?)owner), "only the owner's token releases");
        await current.DisposeAsync();
        Assert.That(await database.KeyExistsAsync("contactssdk:lock:" + key), Is.False);
    }

    [Test]
    public async Task Hold_LongerThanTheLease_IsRenewed()
    {
        await using var instance = new RedisInstance(Server, o => o.WriteLockLease = TimeSpan.FromSeconds(1));
        var key = NewKey();
        var held = await instance.WriteLocks.AcquireAsync(key, CancellationToken.None);

        // Past the first renewal (a third of the lease): the lease was extended back towards a full second.
        await Task.Delay(TimeSpan.FromMilliseconds(450));
        var ttl = await Admin.GetDatabase().KeyTimeToLiveAsync("contactssdk:lock:" + key);
        await held.DisposeAsync();

        Assert.That(ttl, Is.GreaterThan(TimeSpan.FromMilliseconds(650)), "without renewal about 550 ms would be left");
    }

    [Test]
    public async Task AcquireAsync_Cancelled_ThrowsAndHoldsNothing()
    {
        await using var first = new RedisInstance(Server);
        await using var second = new RedisInstance(Server);
        var key = NewKey();
        var held = await first.WriteLocks.AcquireAsync(key, CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.CatchAsync<OperationCanceledException>(async () => await second.WriteLocks.AcquireAsync(key, cancel.Token));
        await held.DisposeAsync();
        var next = await second.WriteLocks.AcquireAsync(key, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        await next.DisposeAsync();
    }

    private static string NewKey() => $"AgentClara|test|cust_{Guid.NewGuid():N}";
}
