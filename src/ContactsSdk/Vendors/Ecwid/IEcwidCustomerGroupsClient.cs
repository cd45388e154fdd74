using ContactsSdk.Paging;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>
/// Manages the store's customer groups (<c>/customer_groups</c>). Reached through <see cref="IEcwidContactsClient.Groups"/>.
/// </summary>
/// <remarks>A store whose plan lacks customer groups answers 402, raised as <see cref="Errors.ContactsException"/>.</remarks>
public interface IEcwidCustomerGroupsClient
{
    /// <summary>Lists groups lazily, by id order; the built-in "General" group (id 0) is included.</summary>
    /// <param name="search">Text the group name contains (Ecwid's <c>keyword</c>), or null for all.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>A pageable over the groups.</returns>
    Pageable<EcwidCustomerGroup> ListAsync(string? search = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one group.</summary>
    /// <param name="groupId">The group id; 0 is "General".</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The group.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="groupId"/> is negative.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The group does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<EcwidCustomerGroup> GetAsync(long groupId, CancellationToken cancellationToken = default);

    /// <summary>Creates a group.</summary>
    /// <param name="name">The group name.</param>
    /// <param name="externalReferenceId">The caller's own reference, if any.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The new group.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<EcwidCustomerGroup> CreateAsync(string name, string? externalReferenceId = null, CancellationToken cancellationToken = default);

    /// <summary>Renames a group, and sets its reference when one is given.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="name">The new name.</param>
    /// <param name="externalReferenceId">The new reference, or null to leave it.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The group as it is now.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> is not positive or <paramref name="name"/> is blank.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The group does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<EcwidCustomerGroup> UpdateAsync(long groupId, string name, string? externalReferenceId = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a group.</summary>
    /// <param name="groupId">The group id.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the group is deleted.</returns>
    /// <remarks>What happens to the group's customers is UNCONFIRMED; the fake moves them to "General".</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="groupId"/> is not positive.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The group does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task DeleteAsync(long groupId, CancellationToken cancellationToken = default);

    /// <summary>Gets the group with this name, creating it when the store has none.</summary>
    /// <param name="name">The group name; compared with the stored names trimmed and ignoring case.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The existing group (the lowest id when several match), or the new one.</returns>
    /// <remarks>
    /// Ecwid has no find-or-create call: the client lists the store's groups and creates one only when none matches. Calls in one process for the same name are serialised, so they never create two groups;
    /// a writer in another process can still create a twin between the lookup and the create.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<EcwidCustomerGroup> FindOrCreateAsync(string name, CancellationToken cancellationToken = default);
}
