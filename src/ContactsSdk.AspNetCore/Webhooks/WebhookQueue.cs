using System.Threading.Channels;
using ContactsSdk.Webhooks;
using Microsoft.Extensions.Options;

namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>The bounded queue between the endpoints (queued mode) and <see cref="WebhookQueueWorker"/>.</summary>
internal sealed class WebhookQueue(IOptions<ContactsWebhooksOptions> options)
{
    private readonly Channel<ContactWebhookEvent> _channel = Channel.CreateBounded<ContactWebhookEvent>(
        new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity)) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public bool TryEnqueue(ContactWebhookEvent webhookEvent) => _channel.Writer.TryWrite(webhookEvent);

    /// <summary>Takes no more events (the app is stopping); the endpoints answer 503 so the vendor resends later.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    public IAsyncEnumerable<ContactWebhookEvent> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
