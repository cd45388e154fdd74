using ContactsSdk.Paging;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Manages Wix contacts: the facade plus what only Wix has — labels and extended-field definitions, label keys,
/// merge and preview-merge, WQL queries and the bulk endpoints.
/// </summary>
public interface IWixContactsClient : IContactsClient
{
    /// <summary>Finds the label with this display name (matched without regard to case) or creates it.</summary>
    /// <param name="displayName">The display name, 1–180 characters.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The existing or new label.</returns>
    /// <exception cref="ArgumentException"><paramref name="displayName"/> is blank or too long.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call (e.g. <c>LABELS_QUOTA_REACHED</c>).</exception>
    Task<WixLabel> FindOrCreateLabelAsync(string displayName, CancellationToken cancellationToken = default);

    /// <summary>Gets a label by key.</summary>
    /// <param name="key">The label key, e.g. <c>custom.vip</c>.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank.</exception>
    /// <exception cref="Errors.ContactNotFoundException">No label has that key.</exception>
    Task<WixLabel> GetLabelAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Lists labels lazily, optionally filtered (fields <c>key</c>, <c>displayName</c>, <c>namespace</c>, <c>labelType</c>, dates).</summary>
    /// <param name="filter">The WQL filter, or null for every label.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>A pageable over the labels, by display name.</returns>
    Pageable<WixLabel> QueryLabelsAsync(WixFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Renames a label; its key stays.</summary>
    /// <param name="key">The label key.</param>
    /// <param name="displayName">The new display name.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The renamed label.</returns>
    /// <exception cref="ArgumentException">An argument is blank or too long.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call (system labels cannot be renamed).</exception>
    Task<WixLabel> RenameLabelAsync(string key, string displayName, CancellationToken cancellationToken = default);

    /// <summary>Deletes a label and removes it from every contact.</summary>
    /// <param name="key">The label key.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the label is deleted.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call (system labels cannot be deleted).</exception>
    Task DeleteLabelAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Finds the extended field with this display name or creates it (at most 100 custom fields per site).</summary>
    /// <param name="displayName">The display name, 1–150 characters.</param>
    /// <param name="dataType">The type for a new field; ignored when the field exists. Null lets Wix choose (TEXT).</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The existing or new field.</returns>
    /// <exception cref="ArgumentException"><paramref name="displayName"/> is blank or too long.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call (e.g. <c>FIELDS_QUOTA_EXCEEDED</c>).</exception>
    Task<WixExtendedField> FindOrCreateExtendedFieldAsync(string displayName, WixFieldDataType? dataType = null, CancellationToken cancellationToken = default);

    /// <summary>Gets an extended field by key.</summary>
    /// <param name="key">The field key, e.g. <c>custom.tier</c>.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The field.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank.</exception>
    /// <exception cref="Errors.ContactNotFoundException">No field has that key.</exception>
    Task<WixExtendedField> GetExtendedFieldAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Lists extended fields lazily, optionally filtered (fields <c>key</c>, <c>displayName</c>, <c>namespace</c>, <c>fieldType</c>, <c>dataType</c>, dates).</summary>
    /// <param name="filter">The WQL filter, or null for every field.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>A pageable over the fields, by display name.</returns>
    Pageable<WixExtendedField> QueryExtendedFieldsAsync(WixFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Renames a custom extended field; its key stays.</summary>
    /// <param name="key">The field key.</param>
    /// <param name="displayName">The new display name.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The renamed field.</returns>
    /// <exception cref="ArgumentException">An argument is blank or too long.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call (system fields cannot be renamed).</exception>
    Task<WixExtendedField> RenameExtendedFieldAsync(string key, string displayName, CancellationToken cancellationToken = default);

    /// <summary>Deletes a custom extended field and its values on every contact, permanently.</summary>
    /// <param name="key">The field key.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the field is deleted.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task DeleteExtendedFieldAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Gets a contact's label keys (the facade's tags are their display names).</summary>
    /// <param name="contactId">The contact id (a GUID).</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The label keys.</returns>
    /// <exception cref="ArgumentException"><paramref name="contactId"/> is not a Wix contact id.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The contact does not exist.</exception>
    Task<IReadOnlyList<string>> GetLabelKeysAsync(string contactId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gets every extended field a contact has, under its key: the user-defined <c>custom.*</c> ones and Wix's system ones
    /// (<c>contacts.displayByFirstName</c>, <c>emailSubscriptions.effectiveEmail</c>, <c>members.*</c>, <c>ecom.*</c>, …),
    /// which <see cref="Contact.CustomFields"/> leaves out.
    /// </summary>
    /// <param name="contactId">The contact id (a GUID).</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The values by field key; Wix omits empty fields.</returns>
    /// <exception cref="ArgumentException"><paramref name="contactId"/> is not a Wix contact id.</exception>
    /// <exception cref="Errors.ContactNotFoundException">The contact does not exist.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<IReadOnlyDictionary<string, System.Text.Json.JsonElement>> GetExtendedFieldValuesAsync(string contactId, CancellationToken cancellationToken = default);

    /// <summary>Adds existing labels to a contact by key (1–100); Wix applies it atomically, with no revision.</summary>
    /// <param name="contactId">The contact id.</param>
    /// <param name="labelKeys">The label keys.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The updated contact.</returns>
    /// <exception cref="ArgumentException">An argument is blank, empty or holds more than 100 keys.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call (e.g. a key that does not exist).</exception>
    Task<Contact> LabelContactAsync(string contactId, IReadOnlyCollection<string> labelKeys, CancellationToken cancellationToken = default);

    /// <summary>Removes labels from a contact by key.</summary>
    /// <param name="contactId">The contact id.</param>
    /// <param name="labelKeys">The label keys.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The updated contact.</returns>
    /// <exception cref="ArgumentException">An argument is blank, empty or holds more than 100 keys.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<Contact> UnlabelContactAsync(string contactId, IReadOnlyCollection<string> labelKeys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Merges 1–5 source contacts into a target: the sources' emails, phones, addresses and labels are appended, empty
    /// target fields are filled, nothing of the target is overwritten, and the sources are deleted (irreversibly).
    /// <see cref="IContactsClient.GetAsync"/> on a source id then returns the target.
    /// </summary>
    /// <param name="targetContactId">The contact that remains.</param>
    /// <param name="sourceContactIds">The contacts merged into it.</param>
    /// <param name="targetRevision">The target's revision you read; null reads it first.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The merged target.</returns>
    /// <exception cref="ArgumentException">An id is invalid, or there are not 1–5 distinct sources other than the target.</exception>
    /// <exception cref="Errors.ContactConflictException">The target changed since <paramref name="targetRevision"/>.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call (e.g. a source is a site member).</exception>
    Task<Contact> MergeAsync(string targetContactId, IReadOnlyCollection<string> sourceContactIds, string? targetRevision = null, CancellationToken cancellationToken = default);

    /// <summary>Shows what <see cref="MergeAsync"/> would make of the target, changing nothing.</summary>
    /// <param name="targetContactId">The contact that would remain.</param>
    /// <param name="sourceContactIds">The contacts that would be merged into it.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The would-be target.</returns>
    /// <exception cref="ArgumentException">An id is invalid, or there are not 1–5 distinct sources other than the target.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<Contact> PreviewMergeAsync(string targetContactId, IReadOnlyCollection<string> sourceContactIds, CancellationToken cancellationToken = default);

    /// <summary>Queries contacts with a WQL filter, a search, one sort and a projection, lazily.</summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>A pageable over the contacts; sorted by creation time it pages by key and never skips or repeats a contact.</returns>
    /// <exception cref="ArgumentException">The query is out of range (page size, search length).</exception>
    Pageable<Contact> QueryAsync(WixContactQuery query, CancellationToken cancellationToken = default);

    /// <summary>Starts a bulk delete of the contacts a filter or search matches (site members are skipped).</summary>
    /// <param name="filter">The WQL filter.</param>
    /// <param name="search">The plain-text search.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The job id.</returns>
    /// <exception cref="ArgumentException">Neither a filter nor a search is given.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<string> BulkDeleteAsync(WixFilter? filter, string? search = null, CancellationToken cancellationToken = default);

    /// <summary>Starts a bulk update of name, company, job title or custom fields on the contacts a filter or search matches.</summary>
    /// <param name="filter">The WQL filter.</param>
    /// <param name="search">The plain-text search.</param>
    /// <param name="patch">The change; <see cref="ContactPatch.ExpectedRevision"/> is ignored.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The job id.</returns>
    /// <exception cref="ArgumentException">Neither a filter nor a search is given, or the patch is empty or invalid.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<string> BulkUpdateAsync(WixFilter? filter, string? search, ContactPatch patch, CancellationToken cancellationToken = default);

    /// <summary>Starts a bulk add and removal of label keys on the contacts a filter or search matches.</summary>
    /// <param name="filter">The WQL filter.</param>
    /// <param name="search">The plain-text search.</param>
    /// <param name="labelKeysToAdd">The keys to add, at most 100.</param>
    /// <param name="labelKeysToRemove">The keys to remove, at most 100.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The job id.</returns>
    /// <exception cref="ArgumentException">Neither a filter nor a search is given, or no key is given.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<string> BulkLabelAsync(
        WixFilter? filter, string? search, IReadOnlyCollection<string> labelKeysToAdd, IReadOnlyCollection<string> labelKeysToRemove,
        CancellationToken cancellationToken = default);
}
