using System.Runtime.ExceptionServices;
using ContactsSdk.Errors;
using Polly.CircuitBreaker;

namespace ContactsSdk.Internal;

/// <summary>
/// Creates without ever creating twice. A failed create is classified (<see cref="CreateFailureKind"/>):
/// <list type="bullet">
/// <item>proven not applied: rethrown, so the caller may simply send it again (429s were already paced and retried);</item>
/// <item>the vendor answered that it failed (500, 503…): the contact is looked up, returned if the create stored it, and
/// created again only when the lookup proves it absent;</item>
/// <item>it may still be in flight (our timeout, 502, 504, a dropped connection): after a short settle wait the contact is
/// looked up and returned if found, but the create is never sent again — if nothing is found the call throws, saying the
/// create may still land.</item>
/// </list>
/// A lookup hit counts only if it is exactly what this call would have stored (<see cref="CreatedContactLookup"/>).
/// </summary>
internal static class SafeCreate
{
    /// <summary>
    /// How long to wait, after a failure that does not prove the vendor finished, before looking the contact up: a gateway
    /// that answered 502/504 may forward the request a moment later. An assumption (UNCONFIRMED); a longer wait finds more
    /// late writes, a shorter one answers sooner — a write landing later still never duplicates, because the create is not sent again.
    /// </summary>
    public static readonly TimeSpan SettleDelay = TimeSpan.FromSeconds(2);

    /// <param name="create">Sends the create once.</param>
    /// <param name="findCreated">Looks for what the create stored, given when the call started; null when absent; throws <see cref="ContactConflictException"/> for someone else's record.</param>
    /// <param name="fromFound">Turns what was found into the create's result.</param>
    /// <param name="clock">The injected clock: the call's start and the settle wait.</param>
    /// <param name="cancellationToken">A token that cancels the whole operation.</param>
    public static async Task<T> RunAsync<T, TFound>(
        Func<CancellationToken, Task<T>> create,
        Func<DateTimeOffset, CancellationToken, Task<TFound?>> findCreated,
        Func<TFound, T> fromFound,
        TimeProvider clock,
        CancellationToken cancellationToken)
        where TFound : class
    {
        var startedAt = clock.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            ContactsException failure;
            try
            {
                return await create(cancellationToken).ConfigureAwait(false);
            }
            catch (ContactsException ex)
            {
                failure = ex;
            }

            var kind = Classify(failure);
            if (kind is CreateFailureKind.NotApplied or CreateFailureKind.Unreadable)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            if (kind == CreateFailureKind.MayStillLand)
            {
                await Task.Delay(SettleDelay, clock, cancellationToken).ConfigureAwait(false);
            }

            var found = await FindOrRethrowAsync(findCreated, startedAt, failure, cancellationToken).ConfigureAwait(false);
            if (found is not null)
            {
                return fromFound(found);
            }

            if (kind == CreateFailureKind.MayStillLand)
            {
                throw MayStillLand(failure);
            }

            if (attempt == 2)
            {
                ExceptionDispatchInfo.Throw(failure);
            }
        }
    }

    /// <summary>Classifies a failed create by what it proves about the vendor's state.</summary>
    public static CreateFailureKind Classify(ContactsException ex)
        => ex.StatusCode switch
        {
            >= 200 and < 300 => CreateFailureKind.Unreadable,
            >= 400 and < 500 => CreateFailureKind.NotApplied,
            502 or 504 => CreateFailureKind.MayStillLand,
            >= 500 => CreateFailureKind.FailedAnswer,
            _ => ex switch
            {
                ContactsRateLimitedException => CreateFailureKind.NotApplied,
                ContactsUnavailableException { InnerException: BrokenCircuitException } => CreateFailureKind.NotApplied,
                ContactsTimeoutException or ContactsUnavailableException => CreateFailureKind.MayStillLand,
                _ => CreateFailureKind.NotApplied,
            },
        };

    private static ContactsException MayStillLand(ContactsException failure)
    {
        var message = $"{failure.Vendor} {failure.Operation} may still be applied: the vendor did not confirm it ({Reason(failure)}) and no match "
            + "was found yet. It was not sent again; look for it later (for a contact: FindCreatedContactAsync) before sending it again.";
        ContactsException wrapped = failure is ContactsTimeoutException
            ? new ContactsTimeoutException(message, failure)
            : new ContactsUnavailableException(message, failure);
        return wrapped.Attach(
            failure.Vendor ?? default, failure.Operation ?? "Create",
            failure.StatusCode is { } status ? new FailedResponse(status, null, failure.RequestId, null) : null,
            failure.VendorErrorCode, failure.RawBody);
    }

    private static string Reason(ContactsException failure)
        => failure.StatusCode is { } status ? $"HTTP {status}" : failure is ContactsTimeoutException ? "timed out" : "connection failed";

    // If even the lookup fails, the caller learns of the original failure, not of the lookup's; a conflict found by the
    // lookup is the answer itself.
    private static async Task<TFound?> FindOrRethrowAsync<TFound>(
        Func<DateTimeOffset, CancellationToken, Task<TFound?>> findCreated, DateTimeOffset startedAt, ContactsException original,
        CancellationToken cancellationToken)
        where TFound : class
    {
        try
        {
            return await findCreated(startedAt, cancellationToken).ConfigureAwait(false);
        }
        catch (ContactsException ex) when (ex is not ContactConflictException)
        {
            ExceptionDispatchInfo.Throw(original);
            throw;
        }
    }
}
