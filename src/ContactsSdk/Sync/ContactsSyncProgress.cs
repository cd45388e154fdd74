namespace ContactsSdk.Sync;

/// <summary>How far a sync run has got, reported through <see cref="IProgress{T}"/> after each contact.</summary>
/// <param name="Done">Contacts handled so far (written, unchanged, skipped or failed).</param>
/// <param name="Remaining">Contacts left, when the source says how many it holds; otherwise null.</param>
/// <param name="RatePerSecond">Contacts handled per second since the run started.</param>
/// <param name="Errors">Contacts that failed so far.</param>
public sealed record ContactsSyncProgress(int Done, int? Remaining, double RatePerSecond, int Errors);
