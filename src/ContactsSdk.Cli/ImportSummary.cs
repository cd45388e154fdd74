namespace ContactsSdk.Cli;

/// <summary>What an import did.</summary>
internal sealed record ImportSummary(int Created, int Updated, int Unchanged, int Failed, IReadOnlyList<string> Errors);
