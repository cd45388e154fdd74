using System.Globalization;

namespace ContactsSdk.Resilience;

/// <summary>The default <see cref="IContactsQuotaStore"/>: one <see cref="QuotaLimiter"/> per scope and clock in the process.</summary>
internal sealed class InProcessQuotaStore(TimeProvider clock) : IContactsQuotaStore
{
    public ValueTask<QuotaReservation> ReserveAsync(QuotaScope scope, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        cancellationToken.ThrowIfCancellationRequested();
        var (wait, admission) = LimiterOf(scope).Reserve(maxWait);
        return ValueTask.FromResult(wait > maxWait
            ? QuotaReservation.Refused(wait)
            : QuotaReservation.Admitted(wait, admission.UtcTicks.ToString(CultureInfo.InvariantCulture)));
    }

    public ValueTask ReleaseAsync(QuotaScope scope, QuotaReservation reservation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(reservation);
        if (reservation.IsAdmitted && long.TryParse(reservation.Ticket, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            LimiterOf(scope).Release(new DateTimeOffset(ticks, TimeSpan.Zero));
        }

        return ValueTask.CompletedTask;
    }

    private QuotaLimiter LimiterOf(QuotaScope scope) => QuotaRegistry.For(scope.Key, scope.Quotas, clock);
}
