using ContactsSdk.Paging;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Manages Wix contacts: the facade plus what only Wix has — merge and preview-merge, listings by WQL query, and the
/// <see cref="Labels"/>, <see cref="ExtendedFields"/> and <see cref="Bulk"/> sub-clients.
/// </summary>
public interface IWixContactsClient : IContactsClient
{
    /// <summary>Gets the site's labels and the labels on a contact, by key.</summary>
    /// <value>A sub-client that lives as long as this client.</value>
    IWixLabelsClient Labels { get; }

    /// <summary>Gets the site's extended-field definitions and a contact's values, by key.</summary>
    /// <value>A sub-client that lives as long as this client.</value>
    IWixExtendedFieldsClient ExtendedFields { get; }

    /// <summary>Gets the bulk jobs: delete, update and relabel the contacts a filter or search matches, then follow the job.</summary>
    /// <value>A sub-client that lives as long as this client.</value>
    IWixBulkClient Bulk { get; }

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

    /// <summary>Lists contacts lazily with a WQL filter, a search, one sort and a projection (Wix Query Contacts).</summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>A pageable over the contacts; sorted by creation time it pages by key and never skips or repeats a contact.</returns>
    /// <exception cref="ArgumentException">The query is out of range (page size, search length).</exception>
    Pageable<Contact> ListAsync(WixContactQuery query, CancellationToken cancellationToken = default);
}
