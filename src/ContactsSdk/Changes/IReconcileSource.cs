namespace ContactsSdk.Changes;

/// <summary>One vendor's side of reconciliation: which of a batch of ids it still has, and what became of one it lacks.</summary>
internal interface IReconcileSource
{
    /// <summary>Gets the vendor.</summary>
    ContactsVendor Vendor { get; }

    /// <summary>Gets how many known ids are checked at a time (and held in memory at most).</summary>
    int BatchSize { get; }

    /// <summary>Checks an id's form before any request.</summary>
    /// <exception cref="ArgumentException">The id cannot be one of this vendor's.</exception>
    void CheckId(string id, string paramName);

    /// <summary>Returns the ids of <paramref name="batch"/> that the vendor still lists.</summary>
    Task<IReadOnlySet<string>> FindPresentAsync(IReadOnlyCollection<string> batch, CancellationToken cancellationToken);

    /// <summary>
    /// Says what became of an id the listing lacked: Deleted, Merged (with its target), or null when a direct read finds it
    /// after all (created or restored meanwhile, or missed by a shifting listing).
    /// </summary>
    Task<ContactChange?> ResolveAbsentAsync(string id, CancellationToken cancellationToken);
}
