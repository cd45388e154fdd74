using StackExchange.Redis;

namespace ContactsSdk.Redis.Internal;

/// <summary>
/// One held write lock: renews the lease every third of it (on the real clock, which is the one Redis expires keys on)
/// while the write runs, and on dispose deletes it if this holder still owns it, then lets the next local writer in.
/// </summary>
internal sealed class RedisWriteLockHold : IAsyncDisposable
{
    private readonly RedisConnection _connection;
    private readonly RedisKey _key;
    private readonly string _token;
    private readonly IAsyncDisposable _localHold;
    private readonly ITimer _renewal;
    private int _released;

    public RedisWriteLockHold(RedisConnection connection, RedisKey key, string token, IAsyncDisposable localHold)
    {
        _connection = connection;
        _key = key;
        _token = token;
        _localHold = localHold;
        var period = connection.Options.WriteLockLease / 3;
        _renewal = TimeProvider.System.CreateTimer(_ => _ = RenewAsync(), null, period, period);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
        {
            return;
        }

        await _renewal.DisposeAsync().ConfigureAwait(false);
        try
        {
            await _connection.RunAsync(database => database.ScriptEvaluateAsync(RedisLockScripts.Release, [_key], [_token]), CancellationToken.None)
                .ConfigureAwait(false);
        }
        catch (RedisUnavailableException)
        {
            // The lease runs out on its own: the contact is blocked for at most the lease, never for ever.
        }
        finally
        {
            await _localHold.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task RenewAsync()
    {
        try
        {
            var lease = (long)_connection.Options.WriteLockLease.TotalMilliseconds;
            await _connection.RunAsync(database => database.ScriptEvaluateAsync(RedisLockScripts.Renew, [_key], [_token, lease]), CancellationToken.None)
                .ConfigureAwait(false);
        }
        catch (RedisUnavailableException)
        {
            // Redis is down: the next tick tries again; if the lease runs out meanwhile, the write goes on unshared.
        }
    }
}
