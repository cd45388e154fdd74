namespace ContactsSdk.Redis.Internal;

/// <summary>
/// The quota's Lua scripts: the same reservation as the in-process pacer (a sliding log per quota, widened by a safety
/// margin, plus GCRA smoothing), run atomically in Redis on Redis's own clock (<c>TIME</c>), in microseconds.
/// </summary>
/// <remarks>
/// KEYS[1] is a hash (<c>tat</c>: theoretical arrival time, <c>last</c>: latest admission, <c>seq</c>: ticket counter);
/// KEYS[2..] are one sorted set of admissions per quota (score = admission time). Every key carries the same hash tag,
/// so the script also runs on a Redis Cluster.
/// </remarks>
internal static class RedisQuotaScripts
{
    /// <summary>ARGV: max wait, interval, burst tolerance, TTL (ms), then permits and widened length per quota. Returns {admitted, wait, ticket}.</summary>
    public const string Reserve = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        local maxWait = tonumber(ARGV[1])
        local interval = tonumber(ARGV[2])
        local burst = tonumber(ARGV[3])
        local ttl = tonumber(ARGV[4])
        local state = redis.call('HMGET', KEYS[1], 'tat', 'last')
        local tat = tonumber(state[1])
        local last = tonumber(state[2]) or 0
        local admission = now
        if tat then admission = math.max(now, tat - burst) end
        admission = math.max(admission, last)
        for i = 2, #KEYS do
          local permits = tonumber(ARGV[3 + 2 * (i - 1)])
          local length = tonumber(ARGV[4 + 2 * (i - 1)])
          redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - length)
          if redis.call('ZCARD', KEYS[i]) >= permits then
            local oldest = redis.call('ZRANGE', KEYS[i], 0, 0, 'WITHSCORES')
            admission = math.max(admission, tonumber(oldest[2]) + length)
          end
        end
        local wait = admission - now
        if wait > maxWait then return {0, wait, ''} end
        local ticket = string.format('%.0f', admission) .. ':' .. redis.call('HINCRBY', KEYS[1], 'seq', 1)
        for i = 2, #KEYS do
          local permits = tonumber(ARGV[3 + 2 * (i - 1)])
          if redis.call('ZCARD', KEYS[i]) >= permits then redis.call('ZPOPMIN', KEYS[i]) end
          redis.call('ZADD', KEYS[i], admission, ticket)
          redis.call('PEXPIRE', KEYS[i], ttl)
        end
        redis.call('HSET', KEYS[1], 'tat', string.format('%.0f', math.max(tat or admission, admission) + interval), 'last', string.format('%.0f', admission))
        redis.call('PEXPIRE', KEYS[1], ttl)
        return {1, wait, ticket}
        """;

    /// <summary>ARGV: ticket, interval. Gives a reserved moment back: out of every log, and one interval off the smoothing.</summary>
    public const string Release = """
        local removed = 0
        for i = 2, #KEYS do removed = removed + redis.call('ZREM', KEYS[i], ARGV[1]) end
        if removed == 0 then return 0 end
        local tat = tonumber(redis.call('HGET', KEYS[1], 'tat'))
        if tat then redis.call('HSET', KEYS[1], 'tat', string.format('%.0f', tat - tonumber(ARGV[2]))) end
        local last = 0
        for i = 2, #KEYS do
          local top = redis.call('ZRANGE', KEYS[i], -1, -1, 'WITHSCORES')
          if top[2] then last = math.max(last, tonumber(top[2])) end
        end
        redis.call('HSET', KEYS[1], 'last', string.format('%.0f', last))
        return 1
        """;
}
