namespace ContactsSdk.Resilience;

/// <summary>
/// Keeps the reservations of the quota pacer: which moments of a vendor's quota are taken. The default keeps them in the
/// process (<see cref="ContactsCoordination.InProcessQuotaStore"/>); <c>ContactsSdk.Redis</c> shares them between app
/// instances. Replace it with <c>UseQuotaStore</c> on the SDK builder.
/// </summary>
/// <remarks>
/// The contract every store keeps, so the pipeline behaves the same whichever store is plugged in:
/// <list type="bullet">
/// <item><see cref="ReserveAsync"/> is atomic and first come, first served: it gives the request the earliest moment at
/// which every quota of the scope still has room, and reserves it.</item>
/// <item>When that moment is more than <c>maxWait</c> away, nothing is reserved and the refusal carries the exact wait,
/// which the caller sees as <see cref="Errors.ContactsRateLimitedException.RetryAfter"/>.</item>
/// <item>Admissions never exceed any quota in any window, with a margin for clock and network jitter, so the vendor
/// never answers 429 to paced requests.</item>
/// </list>
/// A store that cannot decide (its backend is down) either answers from a fallback or throws a
/// <see cref="Errors.ContactsException"/>; it never waits beyond its own timeout.
/// </remarks>
public interface IContactsQuotaStore
{
    /// <summary>Reserves the earliest moment at which a request of <paramref name="scope"/> may be sent.</summary>
    /// <param name="scope">The vendor, credential and quotas the request counts against.</param>
    /// <param name="maxWait">The longest wait the caller accepts; a later moment is refused and not reserved.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reservation: admitted with the wait until its moment, or refused with the wait it would have needed.</returns>
    ValueTask<QuotaReservation> ReserveAsync(QuotaScope scope, TimeSpan maxWait, CancellationToken cancellationToken);

    /// <summary>
    /// Gives back an admitted reservation whose request will not be sent (its caller cancelled while waiting), so later
    /// requests are not paced behind it. Best effort: a store may ignore it.
    /// </summary>
    /// <param name="scope">The scope the reservation was made in.</param>
    /// <param name="reservation">The admitted reservation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the moment is given back.</returns>
    ValueTask ReleaseAsync(QuotaScope scope, QuotaReservation reservation, CancellationToken cancellationToken);
}
