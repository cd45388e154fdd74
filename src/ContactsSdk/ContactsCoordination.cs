using ContactsSdk.Internal;
using ContactsSdk.Resilience;

namespace ContactsSdk;

/// <summary>
/// The in-process quota store and write locks the SDK uses unless the app plugs in shared ones, for a shared store
/// that falls back to them when its backend is down.
/// </summary>
public static class ContactsCoordination
{
    /// <summary>Gets the write locks every client of the process shares (the default <see cref="IContactWriteLockProvider"/>).</summary>
    public static IContactWriteLockProvider InProcessWriteLocks => InProcessContactWriteLocks.Shared;

    /// <summary>Gets the quota store every client of the process shares on <paramref name="timeProvider"/> (the default).</summary>
    /// <param name="timeProvider">The clock the reservations are made on; <see langword="null"/> for the system clock.</param>
    /// <returns>The store. Stores of the same clock share their budgets.</returns>
    public static IContactsQuotaStore InProcessQuotaStore(TimeProvider? timeProvider = null) => new InProcessQuotaStore(timeProvider ?? TimeProvider.System);
}
