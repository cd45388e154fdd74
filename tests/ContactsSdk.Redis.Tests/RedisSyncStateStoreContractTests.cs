using ContactsSdk.Redis.Tests.Support;
using ContactsSdk.Sync;
using ContactsSdk.Tests.Sync;
using StackExchange.Redis;

namespace ContactsSdk.Redis.Tests;

/// <summary>The same contract the in-memory and JSON-file stores pass, against a real Redis: each test on a sync name of its own.</summary>
public sealed class RedisSyncStateStoreContractTests : SyncStateStoreContractTests
{
    private RedisServer? _server;
    private ConnectionMultiplexer? _connection;

    [OneTimeSetUp]
    public async Task StartRedis()
    {
        _server = RedisServer.StartOrSkip();
        _connection = await ConnectionMultiplexer.ConnectAsync(_server.ConnectionString);
    }

    [OneTimeTearDown]
    public async Task StopRedis()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _server?.Dispose();
    }

    protected override ISyncStateStore OpenEmpty()
        => new RedisSyncStateStore(_connection!, "contract-" + Guid.NewGuid().ToString("N"));
}
