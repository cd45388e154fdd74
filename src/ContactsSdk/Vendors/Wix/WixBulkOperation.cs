namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// A Wix bulk job the caller can poll (<see cref="UpdateStatusAsync"/>) or await (<see cref="WaitForCompletionAsync"/>),
/// modelled on Azure's <c>Operation&lt;T&gt;</c>. Returned by <see cref="IWixBulkClient"/>; to follow a job started
/// elsewhere (another process, say), build one from its id.
/// </summary>
/// <remarks>Each status read is one <see cref="IWixBulkClient.GetAsync"/> call, observed like every client call.</remarks>
public sealed class WixBulkOperation
{
    private readonly IWixBulkClient _bulk;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes an operation that follows an existing job.</summary>
    /// <param name="bulk">The client that reads the job's status (<see cref="IWixContactsClient.Bulk"/>).</param>
    /// <param name="id">The job id.</param>
    /// <param name="timeProvider">The clock <see cref="WaitForCompletionAsync"/> waits on; null for the system clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bulk"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    public WixBulkOperation(IWixBulkClient bulk, string id, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(bulk);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        _bulk = bulk;
        Id = id;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets how long <see cref="WaitForCompletionAsync"/> waits between status reads unless told otherwise.</summary>
    /// <value>5 seconds: a job takes seconds to minutes, and each read counts against the site's 200 requests a minute.</value>
    public static TimeSpan DefaultPollInterval { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets the longest wait between status reads <see cref="WaitForCompletionAsync"/> accepts.</summary>
    /// <value>1 hour.</value>
    public static TimeSpan MaxPollInterval { get; } = TimeSpan.FromHours(1);

    /// <summary>Gets the job id.</summary>
    public string Id { get; }

    /// <summary>Gets the job as last read, or null before the first read.</summary>
    public WixBulkJob? Job { get; private set; }

    /// <summary>Gets a value indicating whether the last read found the job completed.</summary>
    public bool HasCompleted => Job?.IsCompleted ?? false;

    /// <summary>Reads the job's status once.</summary>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The job as Wix reports it now.</returns>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    public async Task<WixBulkJob> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        // A test double of IWixBulkClient may answer null; that is its bug, said plainly rather than as a NullReferenceException later.
        var job = await _bulk.GetAsync(Id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{nameof(IWixBulkClient)}.{nameof(IWixBulkClient.GetAsync)} returned null.");
        Job = job;
        return job;
    }

    /// <summary>Reads the job's status until it completes, waiting <paramref name="pollInterval"/> between reads on the client's clock.</summary>
    /// <param name="pollInterval">The wait between reads, up to <see cref="MaxPollInterval"/>; null for <see cref="DefaultPollInterval"/>.</param>
    /// <param name="cancellationToken">A token that stops waiting (the job itself goes on).</param>
    /// <returns>The completed job, with its final counts and errors.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pollInterval"/> is not positive or is longer than <see cref="MaxPollInterval"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed a read.</exception>
    public async Task<WixBulkJob> WaitForCompletionAsync(TimeSpan? pollInterval = null, CancellationToken cancellationToken = default)
    {
        var interval = pollInterval ?? DefaultPollInterval;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero, nameof(pollInterval));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(interval, MaxPollInterval, nameof(pollInterval));
        while (true)
        {
            var job = await UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
            if (job.IsCompleted)
            {
                return job;
            }

            await Task.Delay(interval, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
