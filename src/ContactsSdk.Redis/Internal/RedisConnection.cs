using StackExchange.Redis;

namespace ContactsSdk.Redis.Internal;

/// <summary>
/// The package's one way to Redis: every call is bounded by <see cref="ContactsRedisOptions.OperationTimeout"/>, and every
/// failure (refused, dropped, timed out, not connected) becomes <see cref="RedisUnavailableException"/>, so no caller hangs
/// on Redis and each part decides alone whether to fall back or fail.
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable, IDisposable
{
    private readonly Func<Task<IConnectionMultiplexer>> _connect;
    private readonly bool _owned;
    private readonly Lock _sync = new();
    private Task<IConnectionMultiplexer>? _connection;

    /// <summary>Uses an app's own connection; it stays the app's to dispose.</summary>
    public RedisConnection(IConnectionMultiplexer multiplexer, ContactsRedisOptions options)
    {
        Options = options;
        _connection = Task.FromResult(multiplexer);
        _connect = () => Task.FromResult(multiplexer);
    }

    /// <summary>Connects lazily, on the first call, from a connection string; the connection is disposed with this object.</summary>
    public RedisConnection(ConfigurationOptions configuration, ContactsRedisOptions options)
    {
        Options = options;
        _owned = true;
        _connect = async () => await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
    }

    public ContactsRedisOptions Options { get; }

    /// <summary>Builds a key under <see cref="ContactsRedisOptions.KeyPrefix"/>.</summary>
    public RedisKey Key(string suffix) => Options.KeyPrefix + suffix;

    /// <summary>
    /// Applies what a connection string cannot leave to chance: start even while Redis is down and keep reconnecting, fail
    /// commands at once while disconnected instead of queueing them, and time out within <paramref name="timeout"/>.
    /// </summary>
    public static ConfigurationOptions Configure(string connectionString, TimeSpan timeout)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        var milliseconds = (int)Math.Ceiling(timeout.TotalMilliseconds);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ConnectTimeout = milliseconds;
        configuration.SyncTimeout = milliseconds;
        configuration.AsyncTimeout = milliseconds;
        return configuration;
    }

    /// <summary>Runs one Redis call within the timeout; throws <see cref="RedisUnavailableException"/> when Redis cannot serve it.</summary>
    public async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> call, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var timeout = Options.OperationTimeout;
        try
        {
            var multiplexer = await ConnectionAsync().WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            if (!multiplexer.IsConnected)
            {
                throw new RedisUnavailableException("Redis is not connected.");
            }

            return await call(multiplexer.GetDatabase()).WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException && !cancellationToken.IsCancellationRequested)
        {
            throw new RedisUnavailableException($"Redis did not serve the call within {timeout.TotalMilliseconds:0} ms ({ex.GetType().Name}).", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned && _connection is { IsCompletedSuccessfully: true } connection)
        {
            await connection.Result.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        if (_owned && _connection is { IsCompletedSuccessfully: true } connection)
        {
            connection.Result.Dispose();
        }
    }

    // A connect that failed outright (not merely "Redis down", which the connection survives) is tried again on the next call.
    private Task<IConnectionMultiplexer> ConnectionAsync()
    {
        lock (_sync)
        {
            if (_connection is null || _connection.IsFaulted || _connection.IsCanceled)
            {
                _connection = _connect();
            }

            return _connection;
        }
    }
}
