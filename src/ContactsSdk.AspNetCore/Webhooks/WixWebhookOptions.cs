namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>Settings of the Wix webhook endpoint.</summary>
public sealed class WixWebhookOptions
{
    /// <summary>Gets the app's webhook public keys to accept (PEM or base64-encoded PEM): more than one during a rotation.</summary>
    public IList<string> PublicKeys { get; } = [];

    /// <summary>Gets or sets how far the token's <c>exp</c>/<c>nbf</c> may be off the local clock (checked only when present).</summary>
    /// <value>Defaults to 5 minutes.</value>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the name of the registered Wix client <see cref="ContactWebhookResolver"/> re-fetches through.</summary>
    /// <value>Defaults to <see langword="null"/>: the one registered Wix client.</value>
    public string? ClientName { get; set; }
}
