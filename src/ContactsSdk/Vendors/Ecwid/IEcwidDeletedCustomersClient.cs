using ContactsSdk.Paging;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>
/// Reads Ecwid's deleted-customers history (<c>/customers/deleted</c>), which Ecwid keeps for six months. Reached through
/// <see cref="IEcwidContactsClient.DeletedCustomers"/>.
/// </summary>
public interface IEcwidDeletedCustomersClient
{
    /// <summary>Lists deleted customers lazily, oldest first.</summary>
    /// <param name="deletedFrom">The earliest deletion time, or null.</param>
    /// <param name="deletedTo">The latest deletion time, or null.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>A pageable over the deleted customers.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="deletedTo"/> is before <paramref name="deletedFrom"/>.</exception>
    Pageable<EcwidDeletedCustomer> ListAsync(DateTimeOffset? deletedFrom = null, DateTimeOffset? deletedTo = null, CancellationToken cancellationToken = default);
}
