namespace ContactsSdk.Changes;

/// <summary>Where a <see cref="ContactChange"/> was learned from.</summary>
public enum ContactChangeOrigin
{
    /// <summary>An incremental read of the vendor's contact listing (the change feed's window).</summary>
    Poll = 0,

    /// <summary>The vendor's history of deleted contacts (Ecwid).</summary>
    DeletedHistory,

    /// <summary>A reconciliation of the ids the caller knows against what the vendor still has.</summary>
    Reconciliation,

    /// <summary>A webhook the vendor pushed.</summary>
    Webhook,
}
