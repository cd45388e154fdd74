namespace ContactsSdk.Sync;

/// <summary>A remembered pairing of a source contact with the target contact it was synced to.</summary>
/// <param name="SourceId">The contact's id in the source.</param>
/// <param name="TargetId">The contact's id in the target.</param>
/// <param name="Fingerprint">A digest of what was last written for it (no contact data), so an unchanged source contact
/// costs no request to the target.</param>
public sealed record SyncLink(string SourceId, string TargetId, string Fingerprint);
