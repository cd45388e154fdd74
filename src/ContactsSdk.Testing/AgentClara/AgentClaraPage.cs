namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Describes which slice of a list an answer holds.
/// </summary>
/// <param name="Limit">The page size asked for.</param>
/// <param name="Offset">How many items were skipped.</param>
/// <param name="Total">How many items match in all.</param>
internal sealed record AgentClaraPage(int Limit, int Offset, int Total);
