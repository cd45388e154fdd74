using ContactsSdk.Redis.Internal;
using ContactsSdk.Resilience;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContactsSdk.Redis.Tests.Support;

/// <summary>
/// One app instance's view of Redis, as <c>UseRedis</c> builds it, but with a write-lock fallback of its own instead of
/// the process-wide in-process lock: two instances in one test process must meet in Redis, not in the local lock.
/// </summary>
public sealed class RedisInstance : IAsyncDisposable
{
    public RedisInstance(RedisServer server, Action<ContactsRedisOptions>? configure = null)
    {
        var options = new ContactsRedisOptions { OperationTimeout = TimeSpan.FromMilliseconds(500), WriteLockLease = TimeSpan.FromSeconds(3) };
        configure?.Invoke(options);
        Options = options;
        Connection = new RedisConnection(RedisConnection.Configure(server.ConnectionString, options.OperationTimeout), options);
        QuotaStore = new RedisQuotaStore(
            Connection, ContactsCoordination.InProcessQuotaStore(), new RedisOutage("quota", options.QuotaWhenUnavailable, NullLogger.Instance));
        WriteLocks = new RedisContactWriteLockProvider(
            Connection, new OwnLocalLocks(), new RedisOutage("write lock", options.WriteLockWhenUnavailable, NullLogger.Instance));
        Deduplicator = new RedisWebhookDeduplicator(
            Connection, new InMemoryWebhookSet(TimeProvider.System), new RedisOutage("webhook de-duplication", options.DeduplicationWhenUnavailable, NullLogger.Instance));
    }

    public ContactsRedisOptions Options { get; }

    internal RedisConnection Connection { get; }

    public IContactsQuotaStore QuotaStore { get; }

    public IContactWriteLockProvider WriteLocks { get; }

    public Webhooks.IWebhookDeduplicator Deduplicator { get; }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    /// <summary>The instance's own local lock: one semaphore per instance is enough for tests that use one key at a time.</summary>
    private sealed class OwnLocalLocks : IContactWriteLockProvider, IDisposable
    {
        private readonly SemaphoreSlim _gate = new(1, 1);

        public void Dispose() => _gate.Dispose();

        public async ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            return new Release(_gate);
        }

        private sealed class Release(SemaphoreSlim gate) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                gate.Release();
                return ValueTask.CompletedTask;
            }
        }
    }
}
