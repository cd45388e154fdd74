namespace ContactsSdk.Vendors.Wix;

/// <summary>Where a Wix bulk job is (<c>status</c>: NEW, LOADING, RUNNING, COMPLETED).</summary>
public enum WixBulkJobState
{
    /// <summary>A state this SDK does not know; the job is treated as still in progress.</summary>
    Unknown = 0,

    /// <summary>Accepted, not started.</summary>
    New,

    /// <summary>Loading the contacts it applies to.</summary>
    Loading,

    /// <summary>Applying the change.</summary>
    Running,

    /// <summary>Finished; the counts and errors are final.</summary>
    Completed,
}
