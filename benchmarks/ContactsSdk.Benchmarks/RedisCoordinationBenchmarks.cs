using BenchmarkDotNet.Attributes;
using ContactsSdk.Resilience;
using ContactsSdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace ContactsSdk.Benchmarks;

/// <summary>
/// What <c>ContactsSdk.Redis</c> adds to one call: a quota reservation, a write lock taken and released, a webhook mark —
/// each against the in-process counterpart (the baseline). Needs a local Redis: <c>CONTACTS_REDIS</c>, default
/// <c>127.0.0.1:6379</c> (start one with <c>redis-server --port 6379 --save '' --appendonly no</c>).
/// </summary>
[MemoryDiagnoser]
public class RedisCoordinationBenchmarks
{
    // A quota no benchmark reaches, so every reservation is admitted at once and only its cost is measured.
    private static readonly IReadOnlyList<ContactsQuota> Unreachable = [new ContactsQuota(100_000, TimeSpan.FromSeconds(1))];

    private ServiceProvider _services = null!;
    private IContactsQuotaStore _inProcessQuota = null!;
    private IContactsQuotaStore _redisQuota = null!;
    private IContactWriteLockProvider _redisLocks = null!;
    private IWebhookDeduplicator _redisMarks = null!;
    private QuotaScope _scope = null!;
    private long _event;

    [GlobalSetup]
    public async Task Connect()
    {
        var services = new ServiceCollection();
        services.AddContactsSdk().UseRedis(Environment.GetEnvironmentVariable("CONTACTS_REDIS") ?? "127.0.0.1:6379");
        _services = services.BuildServiceProvider();
        _redisQuota = _services.GetRequiredService<IContactsQuotaStore>();
        _redisLocks = _services.GetRequiredService<IContactWriteLockProvider>();
        _redisMarks = _services.GetRequiredService<IWebhookDeduplicator>();
        _inProcessQuota = ContactsCoordination.InProcessQuotaStore();
        _scope = new QuotaScope(ContactsVendor.AgentClara, Guid.NewGuid().ToString("N"), Unreachable);

        // Connects, and fails the run at once if Redis is not there (a fallback would measure the in-process path).
        var probe = await _redisMarks.TryMarkAsync(ContactsVendor.Wix, "probe-" + Guid.NewGuid(), TimeSpan.FromSeconds(1));
        _ = probe ? 0 : throw new InvalidOperationException("Redis answered a fresh mark as a duplicate.");
    }

    [GlobalCleanup]
    public ValueTask Disconnect() => _services.DisposeAsync();

    [Benchmark(Baseline = true)]
    public ValueTask<QuotaReservation> Quota_InProcess() => _inProcessQuota.ReserveAsync(_scope, TimeSpan.Zero, CancellationToken.None);

    [Benchmark]
    public ValueTask<QuotaReservation> Quota_Redis() => _redisQuota.ReserveAsync(_scope, TimeSpan.Zero, CancellationToken.None);

    [Benchmark]
    public async Task WriteLock_InProcess()
    {
        var held = await ContactsCoordination.InProcessWriteLocks.AcquireAsync("AgentClara|bench|cust_1", CancellationToken.None);
        await held.DisposeAsync();
    }

    [Benchmark]
    public async Task WriteLock_Redis()
    {
        var held = await _redisLocks.AcquireAsync("AgentClara|bench|cust_1", CancellationToken.None);
        await held.DisposeAsync();
    }

    [Benchmark]
    public ValueTask<bool> WebhookMark_Redis()
        => _redisMarks.TryMarkAsync(ContactsVendor.Wix, "evt-" + Interlocked.Increment(ref _event), TimeSpan.FromSeconds(10));
}
