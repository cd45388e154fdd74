namespace ContactsSdk.Changes;

/// <summary>One vendor's side of the change feed: its clock, its retention rule and its windowed read.</summary>
internal interface IChangeSource
{
    /// <summary>Gets the vendor.</summary>
    ContactsVendor Vendor { get; }

    /// <summary>Gets the account a checkpoint is bound to (never a secret).</summary>
    string Account { get; }

    /// <summary>Gets the largest page the vendor serves.</summary>
    int MaxPageSize { get; }

    /// <summary>Gets whether the vendor keeps a history of deleted contacts that the feed reads.</summary>
    bool KeepsDeletedHistory { get; }

    /// <summary>Gets whether a checkpoint's position is one this vendor's feed writes.</summary>
    bool IsValidPosition(string position);

    /// <summary>Asks the vendor for its "now" (the <c>Date</c> header of a small request); null when it sends none.</summary>
    Task<DateTimeOffset?> ServerNowAsync(CancellationToken cancellationToken);

    /// <summary>Throws <see cref="Errors.ContactsResyncRequiredException"/> when resuming from <paramref name="since"/> could miss changes.</summary>
    void CheckRetention(ChangeFeedCheckpointState since, DateTimeOffset serverNow);

    /// <summary>Reads the window's changes in order, each with its resume position; page requests go through the one operation path.</summary>
    IAsyncEnumerable<SourcedChange> ReadAsync(ChangeWindow window, CancellationToken cancellationToken);
}
