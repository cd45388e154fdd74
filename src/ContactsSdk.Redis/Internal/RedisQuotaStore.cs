using System.Collections.Concurrent;
using ContactsSdk.Resilience;
using StackExchange.Redis;

namespace ContactsSdk.Redis.Internal;

/// <summary>
/// The quota shared by every instance: one atomic Lua call per request reserves its moment on Redis's clock. While Redis
/// is unreachable it follows <see cref="ContactsRedisOptions.QuotaWhenUnavailable"/>.
/// </summary>
internal sealed class RedisQuotaStore(RedisConnection connection, IContactsQuotaStore fallback, RedisOutage outage) : IContactsQuotaStore
{
    // Marks a ticket handed out by the fallback, so a give-back goes to the store that made it.
    private const string FallbackTicketPrefix = "local:";

    private readonly ConcurrentDictionary<string, RedisQuotaShape> _shapes = new(StringComparer.Ordinal);

    public async ValueTask<QuotaReservation> ReserveAsync(QuotaScope scope, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var shape = ShapeOf(scope);
        try
        {
            var result = (RedisResult[])(await connection.RunAsync(
                database => database.ScriptEvaluateAsync(RedisQuotaScripts.Reserve, shape.Keys, shape.ReserveArguments(maxWait)),
                cancellationToken).ConfigureAwait(false))!;
            outage.OnAvailable();
            var wait = TimeSpan.FromMicroseconds((long)result[1]);
            return (long)result[0] == 1 ? QuotaReservation.Admitted(wait, (string)result[2]!) : QuotaReservation.Refused(wait);
        }
        catch (RedisUnavailableException failure)
        {
            outage.OnUnavailable(failure);
            var local = await fallback.ReserveAsync(scope, maxWait, cancellationToken).ConfigureAwait(false);
            return local.IsAdmitted ? QuotaReservation.Admitted(local.Wait, FallbackTicketPrefix + local.Ticket) : local;
        }
    }

    public async ValueTask ReleaseAsync(QuotaScope scope, QuotaReservation reservation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(reservation);
        if (!reservation.IsAdmitted || reservation.Ticket is not { } ticket)
        {
            return;
        }

        if (ticket.StartsWith(FallbackTicketPrefix, StringComparison.Ordinal))
        {
            await fallback.ReleaseAsync(scope, QuotaReservation.Admitted(reservation.Wait, ticket[FallbackTicketPrefix.Length..]), cancellationToken).ConfigureAwait(false);
            return;
        }

        var shape = ShapeOf(scope);
        try
        {
            await connection.RunAsync(
                database => database.ScriptEvaluateAsync(RedisQuotaScripts.Release, shape.Keys, [ticket, shape.Interval]), cancellationToken).ConfigureAwait(false);
        }
        catch (RedisUnavailableException)
        {
            // Best effort: an unreturned moment only delays later requests by one interval; it is never sent twice.
        }
    }

    private RedisQuotaShape ShapeOf(QuotaScope scope) => _shapes.GetOrAdd(scope.Key, _ => new RedisQuotaShape(scope, connection));
}
