namespace ContactsSdk.Sync;

/// <summary>The argument checks every <see cref="ISyncStateStore"/> of ours makes before storing anything.</summary>
internal static class SyncStateChecks
{
    public static void Link(SyncLink? link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (string.IsNullOrWhiteSpace(link.SourceId) || string.IsNullOrWhiteSpace(link.TargetId) || string.IsNullOrWhiteSpace(link.Fingerprint))
        {
            throw new ArgumentException("A link needs a source id, a target id and a fingerprint.", nameof(link));
        }
    }
}
