using ContactsSdk.Paging;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Manages a Wix site's contact labels (<c>/contacts/v4/labels</c>) and the labels on a contact, by key. Reached as
/// <see cref="IWixContactsClient.Labels"/>. Through the facade a label is a tag: its display name.
/// </summary>
/// <remarks>In this interface <c>key</c> and <c>keys</c> are always label keys, e.g. <c>custom.vip</c>.</remarks>
public interface IWixLabelsClient
{
    /// <summary>Gets a label by key.</summary>
    /// <param name="key">The label key, e.g. <c>custom.vip</c>.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank or not a label key.</exception>
    /// <exception cref="Errors.ContactNotFoundException">No label has that key.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<WixLabel> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Lists labels lazily, by display name, optionally filtered (fields <c>key</c>, <c>displayName</c>, <c>namespace</c>, <c>labelType</c>, dates).</summary>
    /// <param name="filter">The WQL filter, or null for every label.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>A pageable over the labels.</returns>
    Pageable<WixLabel> ListAsync(WixFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Finds the label with this display name (matched without regard to case or Unicode normal form) or creates it.</summary>
    /// <param name="displayName">The display name, 1–180 characters; written in Unicode normal form C.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The existing or new label.</returns>
    /// <exception cref="ArgumentException"><paramref name="displayName"/> is blank or too long.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call (e.g. <c>LABELS_QUOTA_REACHED</c>).</exception>
    Task<WixLabel> FindOrCreateAsync(string displayName, CancellationToken cancellationToken = default);

    /// <summary>Renames a label; its key stays.</summary>
    /// <param name="key">The label key.</param>
    /// <param name="displayName">The new display name, 1–180 characters.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The renamed label.</returns>
    /// <exception cref="ArgumentException">An argument is blank or too long.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call (system labels cannot be renamed).</exception>
    Task<WixLabel> UpdateAsync(string key, string displayName, CancellationToken cancellationToken = default);

    /// <summary>Deletes a label and removes it from every contact.</summary>
    /// <param name="key">The label key.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the label is deleted.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank or not a label key.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call (system labels cannot be deleted).</exception>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Gets the keys of a contact's labels (the facade's tags are their display names).</summary>
    /// <param name="contactId">The contact id (a GUID).</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The label keys.</returns>
    /// <exception cref="ArgumentException"><paramref name="contactId"/> is not a Wix contact id.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The contact does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<IReadOnlyList<string>> GetKeysForContactAsync(string contactId, CancellationToken cancellationToken = default);

    /// <summary>Adds existing labels to a contact by key (1–100); Wix applies it atomically, with no revision.</summary>
    /// <param name="contactId">The contact id (a GUID).</param>
    /// <param name="keys">The label keys.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The updated contact.</returns>
    /// <exception cref="ArgumentException">An argument is blank, empty or holds more than 100 keys.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call (e.g. a key that does not exist).</exception>
    Task<Contact> AddToContactAsync(string contactId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>Removes labels from a contact by key (1–100); a key the contact lacks is ignored.</summary>
    /// <param name="contactId">The contact id (a GUID).</param>
    /// <param name="keys">The label keys.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The updated contact.</returns>
    /// <exception cref="ArgumentException">An argument is blank, empty or holds more than 100 keys.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<Contact> RemoveFromContactAsync(string contactId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
