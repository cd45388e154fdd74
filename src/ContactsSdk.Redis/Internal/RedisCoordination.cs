using ContactsSdk.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactsSdk.Redis.Internal;

/// <summary>The package's parts for one container, over one connection that goes with the container.</summary>
internal sealed class RedisCoordination : IAsyncDisposable, IDisposable
{
    public const string QuotaComponent = "quota";
    public const string WriteLockComponent = "write lock";
    public const string DeduplicationComponent = "webhook de-duplication";
    public const string SyncStateComponent = "sync state";

    public RedisCoordination(RedisConnection connection, IServiceProvider services)
    {
        Connection = connection;
        var options = connection.Options;
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("ContactsSdk.Redis") ?? NullLogger.Instance;
        var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
        QuotaStore = new RedisQuotaStore(
            connection, ContactsCoordination.InProcessQuotaStore(clock), new RedisOutage(QuotaComponent, options.QuotaWhenUnavailable, logger));
        WriteLocks = new RedisContactWriteLockProvider(
            connection, ContactsCoordination.InProcessWriteLocks, new RedisOutage(WriteLockComponent, options.WriteLockWhenUnavailable, logger));
        Deduplicator = new RedisWebhookDeduplicator(
            connection, new InMemoryWebhookSet(clock), new RedisOutage(DeduplicationComponent, options.DeduplicationWhenUnavailable, logger));
        SyncStates = new RedisSyncStateStoreFactory(connection, RedisSyncStateStore.Outage(logger));
    }

    public RedisConnection Connection { get; }

    public RedisQuotaStore QuotaStore { get; }

    public RedisContactWriteLockProvider WriteLocks { get; }

    public RedisWebhookDeduplicator Deduplicator { get; }

    public RedisSyncStateStoreFactory SyncStates { get; }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    // A container disposed synchronously (a plain `using`) must not throw for an async-only singleton.
    public void Dispose() => Connection.Dispose();
}
