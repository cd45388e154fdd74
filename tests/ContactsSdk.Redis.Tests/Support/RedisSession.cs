using StackExchange.Redis;

namespace ContactsSdk.Redis.Tests.Support;

/// <summary>
/// A fixture's own <c>redis-server</c> (or a skip where it is missing) with one connection to it, for fixtures that derive
/// from another base than <see cref="RedisFixture"/> or need a connection of their own to look at the keys.
/// </summary>
public sealed class RedisSession : IAsyncDisposable
{
    private RedisSession(RedisServer server, ConnectionMultiplexer connection)
    {
        Server = server;
        Connection = connection;
    }

    public RedisServer Server { get; }

    public ConnectionMultiplexer Connection { get; }

    public static async Task<RedisSession> StartOrSkipAsync()
    {
        var server = RedisServer.StartOrSkip();
        try
        {
            return new RedisSession(server, await ConnectionMultiplexer.ConnectAsync(server.ConnectionString));
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        Server.Dispose();
    }
}
