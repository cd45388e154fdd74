namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>Settings of the AgentClara webhook endpoint, which AgentClara does not sign.</summary>
public sealed class AgentClaraWebhookOptions
{
    /// <summary>The shortest path token accepted: 128 bits of hex or base64url leave nothing to guess.</summary>
    public const int MinimumPathTokenLength = 22;

    /// <summary>
    /// Gets or sets the unguessable last path segment of the endpoint (<c>/webhooks/agentclara/{token}</c>); a request with
    /// another token answers 404. Generate it once (e.g. 32 random bytes, base64url) and keep it with your secrets.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>; mapping the AgentClara endpoint without one fails at start-up.</value>
    public string? PathToken { get; set; }

    /// <summary>Gets or sets the tenant stamped on AgentClara events (its body names none), e.g. your sub-account key.</summary>
    public string? TenantId { get; set; }

    /// <summary>Gets or sets the name of the registered AgentClara client <see cref="ContactWebhookResolver"/> re-fetches through.</summary>
    /// <value>Defaults to <see langword="null"/>: the one registered AgentClara client.</value>
    public string? ClientName { get; set; }

    /// <summary>Returns the type name only: the path token is a secret.</summary>
    /// <returns>The type name.</returns>
    public override string ToString() => nameof(AgentClaraWebhookOptions);
}
