using ContactsSdk.Errors;

namespace ContactsSdk.Internal;

/// <summary>
/// Creates without ever creating twice. A create is never retried blindly: after an ambiguous failure (our timeout, a
/// dropped connection, a 5xx — the vendor may have stored it) the vendor is asked whether the record exists, and the
/// create is sent again only when it does not.
/// </summary>
internal static class SafeCreate
{
    public static async Task<T> RunAsync<T>(
        Func<CancellationToken, Task<T>> create, Func<CancellationToken, Task<T?>> findCreated, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await create(cancellationToken).ConfigureAwait(false);
        }
        catch (ContactsException ex) when (IsAmbiguous(ex))
        {
            var existing = await FindOrRethrowAsync(findCreated, ex, cancellationToken).ConfigureAwait(false);
            return existing ?? await create(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Whether the vendor may have applied the write although the call failed.</summary>
    public static bool IsAmbiguous(ContactsException ex)
        => ex is ContactsTimeoutException
            || (ex is ContactsUnavailableException && ex.InnerException is not Polly.CircuitBreaker.BrokenCircuitException);

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
