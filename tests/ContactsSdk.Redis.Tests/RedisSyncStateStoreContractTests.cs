using ContactsSdk.Redis.Tests.Support;
using ContactsSdk.Sync;
using ContactsSdk.Tests.Sync;

namespace ContactsSdk.Redis.Tests;

/// <summary>The same contract the in-memory and JSON-file stores pass, against a real Redis: each test on a sync name of its own.</summary>
public sealed class RedisSyncStateStoreContractTests : SyncStateStoreContractTests
{
    private RedisSession? _redis;

    [OneTimeSetUp]
    public async Task StartRedis() => _redis = await RedisSession.StartOrSkipAsync();

    [OneTimeTearDown]
    public ValueTask StopRedis() => _redis?.DisposeAsync() ?? ValueTask.CompletedTask;

    protected override ISyncStateStore OpenEmpty()
        => new RedisSyncStateStore(_redis!.Connection, "contract-" + Guid.NewGuid().ToString("N"));
}
