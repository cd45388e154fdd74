using ContactsSdk.Sync;

namespace ContactsSdk.Redis.Internal;

/// <summary>What <c>UseRedis(...)</c> registers as <see cref="ISyncStateStoreFactory"/>: stores over the container's one connection.</summary>
internal sealed class RedisSyncStateStoreFactory(RedisConnection connection, RedisOutage outage) : ISyncStateStoreFactory
{
    public ISyncStateStore Open(string syncName) => new RedisSyncStateStore(connection, syncName, outage);
}
