namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>Settings of the contact webhook endpoints (<c>AddContactsWebhooks</c>).</summary>
public sealed class ContactsWebhooksOptions
{
    /// <summary>The default <see cref="MaxBodyBytes"/>: 1 MiB, far above any contact event.</summary>
    public const int DefaultMaxBodyBytes = 1 << 20;

    /// <summary>
    /// The default <see cref="DeduplicationTimeToLive"/>: 72 hours, covering Ecwid's 24–48 h and Wix's ≈ 51 h of resends.
    /// </summary>
    public static readonly TimeSpan DefaultDeduplicationTimeToLive = TimeSpan.FromHours(72);

    /// <summary>Gets the Ecwid endpoint's settings.</summary>
    public EcwidWebhookOptions Ecwid { get; } = new();

    /// <summary>Gets the Wix endpoint's settings.</summary>
    public WixWebhookOptions Wix { get; } = new();

    /// <summary>Gets the AgentClara endpoint's settings.</summary>
    public AgentClaraWebhookOptions AgentClara { get; } = new();

    /// <summary>Gets or sets the largest body accepted; a larger one answers 413 without being read.</summary>
    /// <value>Defaults to <see cref="DefaultMaxBodyBytes"/>.</value>
    public int MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>Gets or sets when the handlers run.</summary>
    /// <value>Defaults to <see cref="WebhookProcessingMode.Queued"/> (Wix allows 1250 ms for the answer).</value>
    public WebhookProcessingMode Mode { get; set; } = WebhookProcessingMode.Queued;

    /// <summary>Gets or sets how many events the queue holds; when it is full the endpoint answers 503 and the vendor resends.</summary>
    /// <value>Defaults to 1000.</value>
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Gets or sets how long an accepted event id is remembered, so a resend reaches the handlers once.</summary>
    /// <value>Defaults to <see cref="DefaultDeduplicationTimeToLive"/>.</value>
    public TimeSpan DeduplicationTimeToLive { get; set; } = DefaultDeduplicationTimeToLive;
}
