namespace ContactsSdk.Testing.Ecwid;

/// <summary>
/// What one access token grants: the store it is bound to and its scopes. <c>public_</c> tokens read no customer data.
/// </summary>
/// <param name="Value">The token itself; the quota counts per token.</param>
/// <param name="StoreId">The only store the token works for.</param>
/// <param name="Scopes">The granted access scopes, such as <c>read_customers</c>.</param>
/// <param name="IsPublic">Whether the token is a <c>public_</c> one.</param>
internal sealed record EcwidToken(string Value, long StoreId, IReadOnlySet<string> Scopes, bool IsPublic)
{
    /// <summary>Returns the grant without the token, which is a secret.</summary>
    /// <returns>The store and scopes.</returns>
    public override string ToString() => $"EcwidToken {{ StoreId = {StoreId}, Scopes = {string.Join(' ', Scopes)}, IsPublic = {IsPublic} }}";
}
