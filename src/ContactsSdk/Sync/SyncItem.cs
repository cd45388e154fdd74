namespace ContactsSdk.Sync;

/// <summary>
/// One source contact's line in a sync report or dry-run plan. It names ids, fields and channel kinds, never contact data.
/// </summary>
/// <param name="SourceId">The contact's id in the source.</param>
/// <param name="TargetId">The linked contact's id in the target, when there is one.</param>
/// <param name="Action">What was (or would be) done.</param>
/// <param name="Reason">Why, in words (e.g. "matched by email; name, 1 tag(s) added").</param>
/// <param name="NotCopied">What the target cannot hold, one entry per field or channel kind (e.g. "Instagram channel(s)").</param>
public sealed record SyncItem(string SourceId, string? TargetId, SyncItemAction Action, string Reason, IReadOnlyList<string> NotCopied);
