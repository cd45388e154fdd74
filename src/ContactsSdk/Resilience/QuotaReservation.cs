namespace ContactsSdk.Resilience;

/// <summary>The answer of <see cref="IContactsQuotaStore.ReserveAsync"/>: a moment reserved, or a refusal with the wait it needed.</summary>
public sealed class QuotaReservation
{
    private QuotaReservation(bool isAdmitted, TimeSpan wait, string? ticket)
    {
        IsAdmitted = isAdmitted;
        Wait = wait;
        Ticket = ticket;
    }

    /// <summary>Gets a value indicating whether a moment was reserved.</summary>
    public bool IsAdmitted { get; }

    /// <summary>
    /// Gets the wait from now: until the reserved moment when admitted, or, when refused, until the earliest moment there
    /// would have been room (the exact <c>RetryAfter</c>).
    /// </summary>
    public TimeSpan Wait { get; }

    /// <summary>Gets what the store needs to give the moment back (<see cref="IContactsQuotaStore.ReleaseAsync"/>); null when refused.</summary>
    public string? Ticket { get; }

    /// <summary>Creates an admitted reservation.</summary>
    /// <param name="wait">The wait until the reserved moment; negative values count as zero.</param>
    /// <param name="ticket">What the store needs to give the moment back.</param>
    /// <returns>The reservation.</returns>
    /// <exception cref="ArgumentException"><paramref name="ticket"/> is null or empty.</exception>
    public static QuotaReservation Admitted(TimeSpan wait, string ticket)
    {
        ArgumentException.ThrowIfNullOrEmpty(ticket);
        return new(true, wait < TimeSpan.Zero ? TimeSpan.Zero : wait, ticket);
    }

    /// <summary>Creates a refusal: the earliest moment is further away than the caller accepts, and nothing was reserved.</summary>
    /// <param name="retryAfter">The wait the request would have needed.</param>
    /// <returns>The refusal.</returns>
    public static QuotaReservation Refused(TimeSpan retryAfter) => new(false, retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter, null);
}
