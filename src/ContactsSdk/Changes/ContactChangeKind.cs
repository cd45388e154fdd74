namespace ContactsSdk.Changes;

/// <summary>What happened to a contact, as a change feed or a webhook reports it.</summary>
public enum ContactChangeKind
{
    /// <summary>The vendor reported a kind this SDK does not know; the change still reaches the caller.</summary>
    Unknown = 0,

    /// <summary>The contact was created.</summary>
    Created,

    /// <summary>The contact was updated.</summary>
    Updated,

    /// <summary>The contact was deleted.</summary>
    Deleted,

    /// <summary>The contact was merged into another one (<see cref="ContactChange.MergeTargetId"/>) and no longer exists on its own.</summary>
    Merged,
}
