namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Describes what an API key grants: the sub-account it works in and whether it may write.
/// </summary>
/// <param name="Key">The key itself; the quota counts per key.</param>
/// <param name="SubAccount">The sub-account whose store the key reads and writes.</param>
/// <param name="ReadOnly">Whether writes with this key answer 403.</param>
internal sealed record AgentClaraApiKey(string Key, string SubAccount, bool ReadOnly)
{
    /// <summary>Returns the grant without the key, which is a secret.</summary>
    /// <returns>The sub-account and access.</returns>
    public override string ToString() => $"AgentClaraApiKey {{ SubAccount = {SubAccount}, ReadOnly = {ReadOnly} }}";
}
