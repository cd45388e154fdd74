using ContactsSdk.Paging;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>
/// Manages Ecwid customers: the facade plus what only Ecwid has — the full customer record, the five customer-contact
/// operations as Ecwid names them, customer groups, and the deleted-customers history.
/// </summary>
/// <remarks>No member of this client ever sends a customer's <c>contacts</c> array: contacts change only through the contact endpoints.</remarks>
public interface IEcwidContactsClient : IContactsClient
{
    /// <summary>Gets a customer with every field Ecwid reports.</summary>
    /// <param name="customerId">The customer id.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The customer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerId"/> is not positive.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The customer does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<EcwidCustomer> GetCustomerAsync(long customerId, CancellationToken cancellationToken = default);

    /// <summary>Searches a customer's contacts (Ecwid's "search customer contacts"): all of them, unpaged.</summary>
    /// <param name="customerId">The customer id.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The contacts, in Ecwid's order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customerId"/> is not positive.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The customer does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<IReadOnlyList<EcwidCustomerContact>> SearchCustomerContactsAsync(long customerId, CancellationToken cancellationToken = default);

    /// <summary>Gets one customer contact.</summary>
    /// <param name="customerId">The customer id.</param>
    /// <param name="contactId">The contact id.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The contact.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An id is not positive.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The customer or the contact does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<EcwidCustomerContact> GetCustomerContactAsync(long customerId, long contactId, CancellationToken cancellationToken = default);

    /// <summary>Creates a customer contact without touching the customer's other contacts.</summary>
    /// <param name="customerId">The customer id.</param>
    /// <param name="contact">The contact; <see cref="EcwidCustomerContactInput.Contact"/> and <see cref="EcwidCustomerContactInput.Type"/> are required.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The new contact.</returns>
    /// <remarks>
    /// Ecwid answers only <c>{"createCount": 1}</c>, without the new id, so the contacts are listed again and the newest
    /// one of that type and value is returned (ids assumed to grow, UNCONFIRMED).
    /// </remarks>
    /// <exception cref="ArgumentException">A required field is missing or the type is not an Ecwid type.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The customer does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<EcwidCustomerContact> CreateCustomerContactAsync(long customerId, EcwidCustomerContactInput contact, CancellationToken cancellationToken = default);

    /// <summary>Updates the fields of one customer contact that <paramref name="changes"/> sets.</summary>
    /// <param name="customerId">The customer id.</param>
    /// <param name="contactId">The contact id.</param>
    /// <param name="changes">The fields to change; unset ones are left as they are.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The contact as it is now.</returns>
    /// <exception cref="ArgumentException">An id is not positive or the type is not an Ecwid type.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The customer or the contact does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<EcwidCustomerContact> UpdateCustomerContactAsync(long customerId, long contactId, EcwidCustomerContactInput changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes one customer contact; Ecwid makes no other contact default in its place.</summary>
    /// <param name="customerId">The customer id.</param>
    /// <param name="contactId">The contact id.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the contact is deleted.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An id is not positive.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The customer or the contact does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task DeleteCustomerContactAsync(long customerId, long contactId, CancellationToken cancellationToken = default);

    /// <summary>Searches customer groups lazily, by id order; the built-in "General" group (id 0) is included.</summary>
    /// <param name="keyword">Text the group name contains, or null for all.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>A pageable over the groups.</returns>
    Pageable<EcwidCustomerGroup> SearchCustomerGroupsAsync(string? keyword = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one customer group.</summary>
    /// <param name="groupId">The group id; 0 is "General".</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The group.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="groupId"/> is negative.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The group does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<EcwidCustomerGroup> GetCustomerGroupAsync(long groupId, CancellationToken cancellationToken = default);

    /// <summary>Creates a customer group.</summary>
    /// <param name="name">The group name.</param>
    /// <param name="externalReferenceId">The caller's own reference, if any.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The new group.</returns>
    /// <remarks>A store whose plan lacks customer groups answers 402, raised as <see cref="Errors.ContactsException"/>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<EcwidCustomerGroup> CreateCustomerGroupAsync(string name, string? externalReferenceId = null, CancellationToken cancellationToken = default);

    /// <summary>Renames a customer group, and sets its reference when one is given.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="name">The new name.</param>
    /// <param name="externalReferenceId">The new reference, or null to leave it.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The group as it is now.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> is not positive or <paramref name="name"/> is blank.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The group does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<EcwidCustomerGroup> UpdateCustomerGroupAsync(long groupId, string name, string? externalReferenceId = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a customer group.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the group is deleted.</returns>
    /// <remarks>What happens to the group's customers is UNCONFIRMED; the fake moves them to "General".</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="groupId"/> is not positive.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The group does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task DeleteCustomerGroupAsync(long groupId, CancellationToken cancellationToken = default);

    /// <summary>Lists deleted customers lazily, oldest first; Ecwid keeps them for six months.</summary>
    /// <param name="deletedFrom">The earliest deletion time, or null.</param>
    /// <param name="deletedTo">The latest deletion time, or null.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>A pageable over the deleted customers.</returns>
    Pageable<EcwidDeletedCustomer> ListDeletedCustomersAsync(DateTimeOffset? deletedFrom = null, DateTimeOffset? deletedTo = null, CancellationToken cancellationToken = default);
}
