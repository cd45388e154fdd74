namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Describes what an API key grants: the sub-account it works in and whether it may write.
/// </summary>
/// <param name="SubAccount">The sub-account whose store the key reads and writes.</param>
/// <param name="ReadOnly">Whether writes with this key answer 403.</param>
internal sealed record AgentClaraApiKey(string SubAccount, bool ReadOnly);
