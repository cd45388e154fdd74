namespace ContactsSdk.Testing.Ecwid;

/// <summary>
/// What one access token grants: the store it is bound to and its scopes. <c>public_</c> tokens read no customer data.
/// </summary>
/// <param name="StoreId">The only store the token works for.</param>
/// <param name="Scopes">The granted access scopes, such as <c>read_customers</c>.</param>
/// <param name="IsPublic">Whether the token is a <c>public_</c> one.</param>
internal sealed record EcwidToken(long StoreId, IReadOnlySet<string> Scopes, bool IsPublic);
