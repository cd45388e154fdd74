namespace ContactsSdk.Redis.Internal;

/// <summary>The write lock's Lua scripts: only the holder whose token is stored may extend or delete the lock.</summary>
internal static class RedisLockScripts
{
    /// <summary>ARGV: token. Deletes the lock if this holder still owns it (after a lease ran out, another may).</summary>
    public const string Release = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    /// <summary>ARGV: token, lease in ms. Extends the lease if this holder still owns the lock.</summary>
    public const string Renew = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return 0
        """;
}
