namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Starts Wix bulk jobs over the contacts a WQL filter or a plain-text search matches (<c>/contacts/v4/bulk/contacts/…</c>)
/// and reads their status. Reached as <see cref="IWixContactsClient.Bulk"/>. Each start returns a
/// <see cref="WixBulkOperation"/> to poll or await.
/// </summary>
public interface IWixBulkClient
{
    /// <summary>Starts a bulk delete of the contacts a filter or search matches (site members are skipped and reported as errors).</summary>
    /// <param name="filter">The WQL filter.</param>
    /// <param name="search">The plain-text search.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The started job.</returns>
    /// <exception cref="ArgumentException">Neither a filter nor a search is given.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<WixBulkOperation> DeleteAsync(WixFilter? filter, string? search = null, CancellationToken cancellationToken = default);

    /// <summary>Starts a bulk update of name, company, job title or custom fields on the contacts a filter or search matches.</summary>
    /// <param name="filter">The WQL filter.</param>
    /// <param name="search">The plain-text search.</param>
    /// <param name="patch">The change; <see cref="ContactPatch.ExpectedRevision"/> is ignored.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The started job.</returns>
    /// <exception cref="ArgumentException">Neither a filter nor a search is given, or the patch is empty or invalid.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<WixBulkOperation> UpdateAsync(WixFilter? filter, string? search, ContactPatch patch, CancellationToken cancellationToken = default);

    /// <summary>Starts a bulk add and removal of label keys on the contacts a filter or search matches.</summary>
    /// <param name="filter">The WQL filter.</param>
    /// <param name="search">The plain-text search.</param>
    /// <param name="labelKeysToAdd">The label keys to add, at most 100; they must exist.</param>
    /// <param name="labelKeysToRemove">The label keys to remove, at most 100.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The started job.</returns>
    /// <exception cref="ArgumentException">Neither a filter nor a search is given, or no key is given.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<WixBulkOperation> UpdateLabelsAsync(
        WixFilter? filter, string? search, IReadOnlyCollection<string> labelKeysToAdd, IReadOnlyCollection<string> labelKeysToRemove,
        CancellationToken cancellationToken = default);

    /// <summary>Gets the status of a bulk job: its state, counts and per-contact errors.</summary>
    /// <param name="jobId">The job id (<see cref="WixBulkOperation.Id"/>).</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The job as Wix reports it now.</returns>
    /// <exception cref="ArgumentException"><paramref name="jobId"/> is blank or not a job id.</exception>
    /// <exception cref="Errors.ContactNotFoundException">No job has that id.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    /// <remarks>The job-status endpoint is legacy and unconfirmed in Wix's current docs (see <c>docs/vendors.md</c>).</remarks>
    Task<WixBulkJob> GetAsync(string jobId, CancellationToken cancellationToken = default);
}
