namespace ContactsSdk.Sync;

/// <summary>A source contact mapped for one target: the draft to write, what the target cannot hold, and — when it cannot
/// hold the contact at all — why.</summary>
/// <param name="Draft">What the target's contact should hold.</param>
/// <param name="NotCopied">What was left out, by field or channel kind.</param>
/// <param name="SkipReason">Why the contact cannot be written at all, or null.</param>
/// <param name="Fingerprint">A digest of <paramref name="Draft"/>, stored with the link.</param>
internal sealed record SyncMapping(ContactDraft Draft, IReadOnlyList<string> NotCopied, string? SkipReason, string Fingerprint);
