using ContactsSdk.Errors;

namespace ContactsSdk.Internal;

/// <summary>
/// Creates without ever creating twice. A create is never retried blindly: after an ambiguous failure (our timeout, a
/// dropped connection, a 5xx — the vendor may have stored it) the vendor is asked whether the record exists, and it is
/// returned if so. The create is sent again only when the vendor has answered (a 5xx, or a connection it dropped): after
/// our own timeout the first request may still be on its way, so a second one could land beside it, and the timeout is
/// reported instead.
/// </summary>
internal static class SafeCreate
{
    /// <param name="create">Sends the create once.</param>
    /// <param name="findCreated">Looks for what the create would have stored; null when it cannot tell or finds nothing.</param>
    /// <param name="fetchDuplicate">
    /// Fetches the record a vendor names when the second create is refused as a duplicate of it (Wix): right after an
    /// ambiguous first create, that record is ours. Null when the vendor names none.
    /// </param>
    /// <param name="cancellationToken">A token that cancels the whole operation.</param>
    public static async Task<T> RunAsync<T>(
        Func<CancellationToken, Task<T>> create,
        Func<CancellationToken, Task<T?>> findCreated,
        Func<string, CancellationToken, Task<T>>? fetchDuplicate,
        CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await create(cancellationToken).ConfigureAwait(false);
        }
        catch (ContactsException ex) when (IsAmbiguous(ex))
        {
            var existing = await FindOrRethrowAsync(findCreated, ex, cancellationToken).ConfigureAwait(false);
            if (existing is null && ex is ContactsTimeoutException)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex);
            }

            return existing ?? await CreateAgainAsync(create, fetchDuplicate, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Whether the vendor may have applied the write although the call failed.</summary>
    public static bool IsAmbiguous(ContactsException ex)
        => ex is ContactsTimeoutException
            || (ex is ContactsUnavailableException && ex.InnerException is not Polly.CircuitBreaker.BrokenCircuitException);

    private static async Task<T> CreateAgainAsync<T>(
        Func<CancellationToken, Task<T>> create, Func<string, CancellationToken, Task<T>>? fetchDuplicate, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await create(cancellationToken).ConfigureAwait(false);
        }
        catch (ContactConflictException conflict) when (fetchDuplicate is not null && conflict.DuplicateContactId is { } duplicateId)
        {
            return await fetchDuplicate(duplicateId, cancellationToken).ConfigureAwait(false);
        }
    }

    // If even the lookup fails, the caller learns of the original failure, not of the lookup's.
    private static async Task<T?> FindOrRethrowAsync<T>(
        Func<CancellationToken, Task<T?>> findCreated, ContactsException original, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await findCreated(cancellationToken).ConfigureAwait(false);
        }
        catch (ContactsException)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(original);
            throw;
        }
    }
}
