using ContactsSdk.Webhooks;
using StackExchange.Redis;

namespace ContactsSdk.Redis.Internal;

/// <summary>
/// The webhook de-duplication set shared by every instance: one atomic <c>SET key 1 NX PX ttl</c> per delivery, so of
/// several instances receiving the same event exactly one processes it. While Redis is unreachable it follows
/// <see cref="ContactsRedisOptions.DeduplicationWhenUnavailable"/>.
/// </summary>
internal sealed class RedisWebhookDeduplicator(RedisConnection connection, IWebhookDeduplicator fallback, RedisOutage outage) : IWebhookDeduplicator
{
    public async ValueTask<bool> TryMarkAsync(ContactsVendor vendor, string eventId, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        var key = KeyOf(vendor, eventId);

        // PX takes whole milliseconds: round up, so a sub-millisecond TTL still marks the event.
        var ttl = TimeSpan.FromMilliseconds(Math.Ceiling(timeToLive.TotalMilliseconds));
        try
        {
            var marked = await connection.RunAsync(database => database.StringSetAsync(key, 1, ttl, When.NotExists), cancellationToken).ConfigureAwait(false);
            outage.OnAvailable();
            return marked;
        }
        catch (RedisUnavailableException failure)
        {
            outage.OnUnavailable(failure);
            return await fallback.TryMarkAsync(vendor, eventId, timeToLive, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask ReleaseAsync(ContactsVendor vendor, string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        var key = KeyOf(vendor, eventId);
        try
        {
            await connection.RunAsync(database => database.KeyDeleteAsync(key), cancellationToken).ConfigureAwait(false);
            outage.OnAvailable();
        }
        catch (RedisUnavailableException failure)
        {
            outage.OnUnavailable(failure);
        }

        // A mark the fallback made while Redis was down is forgotten too.
        await fallback.ReleaseAsync(vendor, eventId, cancellationToken).ConfigureAwait(false);
    }

    private RedisKey KeyOf(ContactsVendor vendor, string eventId) => connection.Key($"webhook:{vendor}:{eventId}");
}
