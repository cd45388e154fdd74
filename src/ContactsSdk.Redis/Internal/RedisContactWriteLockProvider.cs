using ContactsSdk.Resilience;
using StackExchange.Redis;

namespace ContactsSdk.Redis.Internal;

/// <summary>
/// The per-contact write lock shared by every instance: <c>SET key token NX PX lease</c>, renewed while held and deleted
/// only by its owner's token. Writers of one process first queue on the in-process lock, so only one of them polls Redis
/// per contact. While Redis is unreachable it follows <see cref="ContactsRedisOptions.WriteLockWhenUnavailable"/>.
/// </summary>
internal sealed class RedisContactWriteLockProvider(RedisConnection connection, IContactWriteLockProvider local, RedisOutage outage) : IContactWriteLockProvider
{
    /// <summary>The first pause between two tries of a lock another instance holds; it doubles up to <see cref="MaxPoll"/>.</summary>
    internal static readonly TimeSpan MinPoll = TimeSpan.FromMilliseconds(2);

    /// <summary>The longest pause between two tries, so a freed lock is taken within about this long.</summary>
    internal static readonly TimeSpan MaxPoll = TimeSpan.FromMilliseconds(50);

    public async ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var localHold = await local.AcquireAsync(key, cancellationToken).ConfigureAwait(false);
        try
        {
            return await AcquireSharedAsync(connection.Key("lock:" + key), localHold, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await localHold.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<IAsyncDisposable> AcquireSharedAsync(RedisKey key, IAsyncDisposable localHold, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        var lease = connection.Options.WriteLockLease;
        for (var pause = MinPoll; ; pause = Min(pause * 2, MaxPoll))
        {
            bool acquired;
            try
            {
                acquired = await connection.RunAsync(database => database.StringSetAsync(key, token, lease, When.NotExists), cancellationToken).ConfigureAwait(false);
                outage.OnAvailable();
            }
            catch (RedisUnavailableException failure)
            {
                // Fails closed by throwing; falling back means the in-process hold alone serialises this instance's writers.
                outage.OnUnavailable(failure);
                return localHold;
            }

            if (acquired)
            {
                return new RedisWriteLockHold(connection, key, token, localHold);
            }

            await Task.Delay(Jittered(pause), cancellationToken).ConfigureAwait(false);
        }
    }

    // Jitter keeps instances that wait for the same contact from polling in lock step.
    private static TimeSpan Jittered(TimeSpan pause) => pause * (0.5 + (Random.Shared.NextDouble() / 2));

    private static TimeSpan Min(TimeSpan left, TimeSpan right) => left < right ? left : right;
}
