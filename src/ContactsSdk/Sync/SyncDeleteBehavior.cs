namespace ContactsSdk.Sync;

/// <summary>What <see cref="ContactsSync"/> does on the target when a synced contact is deleted in the source.</summary>
public enum SyncDeleteBehavior
{
    /// <summary>Leave the target's contact as it is (the default).</summary>
    Ignore = 0,

    /// <summary>Tag the target's contact with <see cref="ContactsSyncOptions.DeletedTag"/>, where the target holds tags.</summary>
    Tag,

    /// <summary>Delete the target's contact.</summary>
    Delete,
}
