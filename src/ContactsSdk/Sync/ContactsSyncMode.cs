namespace ContactsSdk.Sync;

/// <summary>Which source contacts a <see cref="ContactsSync"/> run looks at.</summary>
public enum ContactsSyncMode
{
    /// <summary>Every contact in the source; links whose source contact is gone count as deletes.</summary>
    Full = 0,

    /// <summary>Only what changed since the checkpoint the last incremental run saved (everything on the first run).</summary>
    Incremental,
}
