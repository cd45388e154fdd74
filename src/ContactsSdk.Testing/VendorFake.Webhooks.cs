using ContactsSdk.Testing.Infrastructure;
using ContactsSdk.Testing.Webhooks;

namespace ContactsSdk.Testing;

/// <summary>The webhook half of every fake: the sender and the tap on the fake's API.</summary>
public abstract partial class VendorFake
{
    private FakeWebhookSender? _webhooks;

    /// <summary>
    /// Gets the fake's webhook sender: call <see cref="FakeWebhookSender.SendTo"/> with your receiver's URL and every change
    /// made through the fake's API posts the vendor's signed webhook there.
    /// </summary>
    public FakeWebhookSender Webhooks
        => Volatile.Read(ref _webhooks)
            ?? Interlocked.CompareExchange(ref _webhooks, new FakeWebhookSender(CreateWebhookSource, Clock), null)
            ?? _webhooks;

    // The one hook into the fakes: the pipeline sees the API through the tap, which offers each handled write to the sender.
    private protected IFakeApi TapWebhooks(IFakeApi api) => new WebhookTapApi(api, () => Webhooks);

    private IFakeWebhookSource CreateWebhookSource() => this switch
    {
        EcwidFake => new EcwidWebhookSource(),
        WixFake => new WixWebhookSource(WixFake.DefaultInstanceId),
        _ => new AgentClaraWebhookSource(),
    };
}
