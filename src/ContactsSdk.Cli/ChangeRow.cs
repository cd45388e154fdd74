namespace ContactsSdk.Cli;

/// <summary>One line of the changes command's JSON output: a changed contact, or (last) the checkpoint to pass next time.</summary>
internal sealed record ChangeRow(string? ContactId, string? Kind, string? Checkpoint);
