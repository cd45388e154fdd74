using ContactsSdk.Webhooks;

namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>Settings of the Ecwid webhook endpoint.</summary>
public sealed class EcwidWebhookOptions
{
    /// <summary>
    /// Gets the app <c>client_secret</c>s to accept (not the <c>secret_…</c> access token): the current one plus, during a
    /// rotation, the previous one, or one per app when several apps share the URL. Null or empty entries are skipped.
    /// </summary>
    public IList<string?> ClientSecrets { get; } = [];

    /// <summary>Gets or sets the age past which an event is refused (see <see cref="EcwidVerifyOptions.MaxEventAge"/>).</summary>
    /// <value>Defaults to <see langword="null"/> (no limit: de-duplication covers resends). At least 24 hours when set.</value>
    public TimeSpan? MaxEventAge { get; set; }

    /// <summary>Gets or sets the name of the registered Ecwid client <see cref="ContactWebhookResolver"/> re-fetches through.</summary>
    /// <value>Defaults to <see langword="null"/>: the one registered Ecwid client.</value>
    public string? ClientName { get; set; }
}
