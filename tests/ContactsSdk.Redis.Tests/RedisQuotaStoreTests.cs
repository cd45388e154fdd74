using ContactsSdk.Redis.Tests.Support;
using ContactsSdk.Resilience;
using StackExchange.Redis;

namespace ContactsSdk.Redis.Tests;

/// <summary>
/// The shared quota against a real Redis: the same contract as the in-process pacer (earliest admission, refusal past the
/// caller's wait with the exact wait and nothing reserved, smoothing plus a widened sliding window), one budget for
/// every instance, and a moment given back is reused. Quota 3 per 10 s: windows widen to 11 s, admissions are spaced
/// 3.5 s with a burst tolerance of one interval.
/// </summary>
public sealed class RedisQuotaStoreTests : RedisFixture
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3.5);
    private RedisInstance _first = null!;
    private RedisInstance _second = null!;
    private QuotaScope _scope = null!;

    [SetUp]
    public void TwoInstances()
    {
        _first = new RedisInstance(Server);
        _second = new RedisInstance(Server);
        _scope = new QuotaScope(ContactsVendor.AgentClara, Guid.NewGuid().ToString("N"), [new ContactsQuota(3, TimeSpan.FromSeconds(10))]);
    }

    [TearDown]
    public async Task Dispose()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Test]
    public async Task ReserveAsync_BurstThenSpacing_RefusesPastMaxWaitWithTheExactWait_AndReservesNothing()
    {
        var one = await _first.QuotaStore.ReserveAsync(_scope, TimeSpan.Zero, CancellationToken.None);
        var two = await _first.QuotaStore.ReserveAsync(_scope, TimeSpan.Zero, CancellationToken.None);
        var refused = await _second.QuotaStore.ReserveAsync(_scope, TimeSpan.Zero, CancellationToken.None);
        var waited = await _second.QuotaStore.ReserveAsync(_scope, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.That((one.IsAdmitted, one.Wait), Is.EqualTo((true, TimeSpan.Zero)));
        Assert.That(two.IsAdmitted && two.Wait < Tolerance, Is.True, "the burst tolerance admits the second at once");
        Assert.That(refused.IsAdmitted, Is.False, "the other instance sees the same budget");
        Assert.That(refused.Wait, Is.EqualTo(Interval).Within(Tolerance), "the refusal carries the exact wait");
        Assert.That(waited.Wait, Is.EqualTo(Interval).Within(Tolerance), "the refusal reserved nothing: the next caller gets the same moment");
    }

    [Test]
    public async Task ReserveAsync_WindowFull_WaitsForTheOldestToLeaveTheWidenedWindow()
    {
        for (var i = 0; i < 3; i++)
        {
            await _first.QuotaStore.ReserveAsync(_scope, TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        var fourth = await _second.QuotaStore.ReserveAsync(_scope, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.That(fourth.IsAdmitted, Is.True);
        Assert.That(fourth.Wait, Is.EqualTo(TimeSpan.FromSeconds(11)).Within(Tolerance), "3 per 10 s, widened by 10%: the 4th goes 11 s after the 1st");
    }

    [Test]
    public async Task ReleaseAsync_GivesTheMomentBack_ToTheNextCallerOfAnyInstance()
    {
        await _first.QuotaStore.ReserveAsync(_scope, TimeSpan.Zero, CancellationToken.None);
        await _first.QuotaStore.ReserveAsync(_scope, TimeSpan.Zero, CancellationToken.None);
        var cancelled = await _first.QuotaStore.ReserveAsync(_scope, TimeSpan.FromMinutes(1), CancellationToken.None);

        await _first.QuotaStore.ReleaseAsync(_scope, cancelled, CancellationToken.None);
        var next = await _second.QuotaStore.ReserveAsync(_scope, TimeSpan.FromMinutes(1), CancellationToken.None);

        Assert.That(cancelled.Wait, Is.EqualTo(Interval).Within(Tolerance));
        Assert.That(next.Wait, Is.EqualTo(Interval).Within(Tolerance), "without the give-back it would be two intervals");
    }

    [Test]
    public async Task ReserveAsync_Keys_NameVendorAndPartitionUnderThePrefix_AndExpire()
    {
        await _first.QuotaStore.ReserveAsync(_scope, TimeSpan.Zero, CancellationToken.None);
        await using var admin = await ConnectionMultiplexer.ConnectAsync(Server.ConnectionString);
        var server = admin.GetServer(admin.GetEndPoints()[0]);

        var keys = server.Keys(pattern: $"contactssdk:quota:*{_scope.Partition}*").Select(key => key.ToString()).Order().ToList();

        Assert.That(keys, Is.EqualTo(new[]
        {
            $"contactssdk:quota:{{AgentClara:{_scope.Partition}:3/10000}}:state",
            $"contactssdk:quota:{{AgentClara:{_scope.Partition}:3/10000}}:w0",
        }));
        foreach (var key in keys)
        {
            var ttl = await admin.GetDatabase().KeyTimeToLiveAsync(key);
            Assert.That(ttl, Is.Not.Null.And.LessThanOrEqualTo(TimeSpan.FromSeconds(30)), $"{key} expires once it no longer matters");
        }
    }
}
