using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;

namespace ContactsSdk.Resilience;

/// <summary>
/// Turns a store's reservation into the lease Polly's rate limiter wants: refused at once with the exact wait when it is
/// past the caller's budget, else waits on the injected clock until the reserved moment. Whichever store keeps the
/// reservations, the waiting and the give-back on cancellation happen here, the same way.
/// </summary>
internal static class QuotaPacer
{
    public static async ValueTask<RateLimitLease> AcquireAsync(
        IContactsQuotaStore store, QuotaScope scope, TimeSpan maxWait, TimeProvider clock, Action onWait, CancellationToken cancellationToken)
    {
        var reservation = await store.ReserveAsync(scope, maxWait, cancellationToken).ConfigureAwait(false);
        if (!reservation.IsAdmitted)
        {
            return new QuotaLease(acquired: false, reservation.Wait);
        }

        if (reservation.Wait > TimeSpan.Zero)
        {
            onWait();
            try
            {
                await Task.Delay(reservation.Wait, clock, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The request is never sent: its reserved moment goes back to the pool for the next caller.
                await store.ReleaseAsync(scope, reservation, CancellationToken.None).ConfigureAwait(false);
                throw;
            }
        }

        return new QuotaLease(acquired: true, TimeSpan.Zero);
    }

    // The credential is hashed: the scope ends up in store keys (and, for a shared store, on another machine).
    public static QuotaScope ScopeOf(ContactsVendor vendor, IEnumerable<string?> partition, IReadOnlyList<ContactsQuota> quotas)
        => new(vendor, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', partition)))), quotas);
}
