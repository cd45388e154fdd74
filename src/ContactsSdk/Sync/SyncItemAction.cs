namespace ContactsSdk.Sync;

/// <summary>What a sync run did (or, in a dry run, would do) with one source contact.</summary>
public enum SyncItemAction
{
    /// <summary>Created on the target.</summary>
    Create = 0,

    /// <summary>Updated on the target.</summary>
    Update,

    /// <summary>Nothing to write: the target already holds it.</summary>
    Unchanged,

    /// <summary>Not copied: the target cannot hold it (the reason says why).</summary>
    Skip,

    /// <summary>Deleted in the source and tagged on the target.</summary>
    Tag,

    /// <summary>Deleted in the source and deleted on the target.</summary>
    Delete,

    /// <summary>Failed; recorded in the state store and retried on the next run.</summary>
    Fail,
}
