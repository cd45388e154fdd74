using System.Diagnostics;
using System.Diagnostics.Metrics;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Redis.Tests.Support;
using ContactsSdk.Resilience;
using ContactsSdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactsSdk.Redis.Tests;

/// <summary>
/// Redis killed: each part follows its option — falls back to the in-process one (and counts it in the metric) or fails
/// closed with <see cref="ContactsUnavailableException"/> before anything reaches the vendor — and no call waits on Redis
/// beyond <see cref="ContactsRedisOptions.OperationTimeout"/> (500 ms here).
/// </summary>
public sealed class RedisUnavailableTests : RedisFixture
{
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(2);

    [SetUp]
    public void RedisUp() => Server.Start();

    [Test]
    public async Task Quota_FallBack_AdmitsInProcess_AndCountsTheFallback()
    {
        await using var instance = new RedisInstance(Server);
        var scope = new QuotaScope(ContactsVendor.Wix, Guid.NewGuid().ToString("N"), [new ContactsQuota(200, TimeSpan.FromMinutes(1))]);
        await instance.QuotaStore.ReserveAsync(scope, TimeSpan.Zero, CancellationToken.None);
        using var metric = new UnavailableCounter();
        Server.Stop();

        var timer = Stopwatch.StartNew();
        var reservation = await instance.QuotaStore.ReserveAsync(scope, TimeSpan.Zero, CancellationToken.None);

        Assert.That(timer.Elapsed, Is.LessThan(NoHang));
        Assert.That(reservation.IsAdmitted, Is.True, "the in-process pacer answers");
        Assert.That(metric.Count("quota", "fallback"), Is.EqualTo(1));
    }

    [Test]
    public async Task Quota_FailClosed_ThroughTheSdk_ThrowsUnavailable_AndSendsNothing()
    {
        using var fake = AgentClaraFake.Start();
        await using var clients = new ContactsClientBuilder()
            .Configure(sdk => sdk
                .AddAgentClara("clara", fake, o => o.Resilience.PaceRequests = true)
                .UseRedis(Server.ConnectionString, o =>
                {
                    o.OperationTimeout = TimeSpan.FromMilliseconds(500);
                    o.QuotaWhenUnavailable = RedisUnavailableBehavior.FailClosed;
                }))
            .Build();
        Server.Stop();

        var timer = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAsync<ContactsUnavailableException>(() => clients.Get("clara").TryGetAsync("cust_1"));

        Assert.That(timer.Elapsed, Is.LessThan(NoHang));
        Assert.That(failure!.IsTransient, Is.True);
        Assert.That(failure.Vendor, Is.EqualTo(ContactsVendor.AgentClara));
        Assert.That(failure.Message, Does.Contain("quota").And.Not.Contain(Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(fake.Journal, Is.Empty, "nothing reaches the vendor");
    }

    [Test]
    public async Task WriteLock_FallBack_HoldsInProcess_FailClosed_Throws()
    {
        await using var fallingBack = new RedisInstance(Server);
        await using var failingClosed = new RedisInstance(Server, o => o.WriteLockWhenUnavailable = RedisUnavailableBehavior.FailClosed);
        using var metric = new UnavailableCounter();
        Server.Stop();

        var timer = Stopwatch.StartNew();
        var held = await fallingBack.WriteLocks.AcquireAsync("AgentClara|a|cust_1", CancellationToken.None);
        var failure = await Assert.ThrowsAsync<ContactsUnavailableException>(async () => await failingClosed.WriteLocks.AcquireAsync("AgentClara|a|cust_2", CancellationToken.None));
        await held.DisposeAsync();

        Assert.That(timer.Elapsed, Is.LessThan(NoHang * 2));
        Assert.That(failure!.Message, Does.Contain("write lock"));
        Assert.That(metric.Count("write lock", "fallback"), Is.EqualTo(1));
        Assert.That(metric.Count("write lock", "fail_closed"), Is.EqualTo(1));
    }

    [Test]
    public async Task Deduplication_FailClosedByDefault_FallBackUsesTheProcessSet()
    {
        await using var byDefault = new RedisInstance(Server);
        await using var fallingBack = new RedisInstance(Server, o => o.DeduplicationWhenUnavailable = RedisUnavailableBehavior.FallBackToInProcess);
        Server.Stop();

        await Assert.ThrowsAsync<ContactsUnavailableException>(async () => await byDefault.Deduplicator.TryMarkAsync(ContactsVendor.Wix, "evt_1", TimeSpan.FromMinutes(5)));
        var first = await fallingBack.Deduplicator.TryMarkAsync(ContactsVendor.Wix, "evt_1", TimeSpan.FromMinutes(5));
        var again = await fallingBack.Deduplicator.TryMarkAsync(ContactsVendor.Wix, "evt_1", TimeSpan.FromMinutes(5));

        Assert.That((first, again), Is.EqualTo((true, false)));
    }

    [Test]
    public async Task Quota_RedisBack_IsSharedAgain()
    {
        await using var first = new RedisInstance(Server);
        await using var second = new RedisInstance(Server);
        var scope = new QuotaScope(ContactsVendor.Ecwid, Guid.NewGuid().ToString("N"), [new ContactsQuota(1, TimeSpan.FromMinutes(1))]);
        Server.Stop();
        await first.QuotaStore.ReserveAsync(scope, TimeSpan.Zero, CancellationToken.None);
        Server.Start();

        // The connection comes back on its own (StackExchange.Redis reconnects in the background).
        var reconnect = Stopwatch.StartNew();
        QuotaReservation shared;
        do
        {
            await first.QuotaStore.ReserveAsync(scope, TimeSpan.Zero, CancellationToken.None);
            shared = await second.QuotaStore.ReserveAsync(scope, TimeSpan.Zero, CancellationToken.None);
        }
        while (shared.IsAdmitted && reconnect.Elapsed < TimeSpan.FromSeconds(15));

        Assert.That(shared.IsAdmitted, Is.False, "once both instances reach Redis again, the second sees the first's admission");
    }

    /// <summary>Counts <c>contactssdk.redis.unavailable</c> by part and behaviour.</summary>
    private sealed class UnavailableCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<(string Component, string Behavior)> _events = [];

        public UnavailableCounter()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "ContactsSdk.Redis")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            {
                string? component = null, behavior = null;
                foreach (var tag in tags)
                {
                    component = tag.Key == "contactssdk.redis.component" ? tag.Value as string : component;
                    behavior = tag.Key == "contactssdk.redis.behavior" ? tag.Value as string : behavior;
                }

                lock (_events)
                {
                    _events.Add((component ?? "?", behavior ?? "?"));
                }
            });
            _listener.Start();
        }

        public int Count(string component, string behavior)
        {
            lock (_events)
            {
                return _events.Count(e => e.Component == component && e.Behavior == behavior);
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
