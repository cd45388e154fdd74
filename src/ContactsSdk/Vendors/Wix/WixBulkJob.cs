namespace ContactsSdk.Vendors.Wix;

/// <summary>A Wix bulk job as Wix reports it at one moment: its state, counts and per-contact errors.</summary>
public sealed record WixBulkJob
{
    /// <summary>Gets the job id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets what the job does.</summary>
    public WixBulkJobType Type { get; init; }

    /// <summary>Gets where the job is.</summary>
    public WixBulkJobState State { get; init; }

    /// <summary>Gets a value indicating whether the job has finished; then the counts and errors are final.</summary>
    public bool IsCompleted => State == WixBulkJobState.Completed;

    /// <summary>Gets when the job started, where Wix says.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>Gets when the job finished, where Wix says.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Gets how many contacts the job applies to, where known.</summary>
    public int? TotalItems { get; init; }

    /// <summary>Gets how many contacts it changed so far.</summary>
    public int SucceededCount { get; init; }

    /// <summary>Gets how many contacts it could not change so far.</summary>
    public int FailedCount { get; init; }

    /// <summary>Gets the contacts it could not change and why.</summary>
    public IReadOnlyList<WixBulkItemError> Errors { get; init; } = [];
}
