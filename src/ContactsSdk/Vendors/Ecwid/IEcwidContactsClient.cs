namespace ContactsSdk.Vendors.Ecwid;

/// <summary>
/// Manages Ecwid customers: the facade plus what only Ecwid has — the full customer record, and three sub-clients: a
/// customer's contact channels as Ecwid names them (<see cref="CustomerContacts"/>), customer groups
/// (<see cref="Groups"/>) and the deleted-customers history (<see cref="DeletedCustomers"/>).
/// </summary>
/// <remarks>No member of this client ever sends a customer's <c>contacts</c> array: channels change only through the contact endpoints.</remarks>
public interface IEcwidContactsClient : IContactsClient
{
    /// <summary>Gets the sub-client for a customer's contact channels (<c>/customers/{customerId}/contacts</c>).</summary>
    IEcwidCustomerContactsClient CustomerContacts { get; }

    /// <summary>Gets the sub-client for customer groups (<c>/customer_groups</c>).</summary>
    IEcwidCustomerGroupsClient Groups { get; }

    /// <summary>Gets the sub-client for the deleted-customers history (<c>/customers/deleted</c>).</summary>
    IEcwidDeletedCustomersClient DeletedCustomers { get; }

    /// <summary>Gets a customer with every field Ecwid reports.</summary>
    /// <param name="customerId">The customer id.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The customer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerId"/> is not positive.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The customer does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<EcwidCustomer> GetCustomerAsync(long customerId, CancellationToken cancellationToken = default);
}
