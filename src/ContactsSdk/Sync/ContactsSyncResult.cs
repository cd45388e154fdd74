namespace ContactsSdk.Sync;

/// <summary>What a sync run did, or — for a dry run — the plan of what it would do.</summary>
public sealed record ContactsSyncResult
{
    /// <summary>Gets a value indicating whether this is a dry run's plan (nothing was written).</summary>
    public required bool IsDryRun { get; init; }

    /// <summary>Gets the run's mode.</summary>
    public required ContactsSyncMode Mode { get; init; }

    /// <summary>Gets how many contacts were (or would be) created on the target.</summary>
    public int Created { get; init; }

    /// <summary>Gets how many contacts were (or would be) updated on the target.</summary>
    public int Updated { get; init; }

    /// <summary>Gets how many contacts needed no write.</summary>
    public int Unchanged { get; init; }

    /// <summary>Gets how many contacts the target cannot hold at all (each <see cref="SyncItem"/> says why).</summary>
    public int Skipped { get; init; }

    /// <summary>Gets how many contacts deleted in the source were (or would be) tagged or deleted on the target.</summary>
    public int Deleted { get; init; }

    /// <summary>Gets how many contacts failed; they are retried on the next run.</summary>
    public int Failed { get; init; }

    /// <summary>Gets how many write requests the run sent to the target (0 for a dry run).</summary>
    public int Writes { get; init; }

    /// <summary>Gets one line per contact that was not simply unchanged, up to <see cref="ContactsSyncOptions.MaxReportedItems"/>.</summary>
    public IReadOnlyList<SyncItem> Items { get; init; } = [];

    /// <summary>Gets a value indicating whether <see cref="Items"/> was cut at <see cref="ContactsSyncOptions.MaxReportedItems"/>.</summary>
    public bool ItemsTruncated { get; init; }

    /// <summary>Gets the checkpoint saved at the end of an incremental run, if any.</summary>
    public string? Checkpoint { get; init; }

    /// <summary>Gets how long the run took.</summary>
    public TimeSpan Elapsed { get; init; }
}
