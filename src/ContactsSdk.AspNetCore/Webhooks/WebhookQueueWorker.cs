using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>Drains the queue into the handlers; a failing handler is logged (without contact data) and the next event goes on.</summary>
internal sealed class WebhookQueueWorker(WebhookQueue queue, WebhookDispatcher dispatcher, ILogger<WebhookQueueWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var webhookEvent in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await dispatcher.DispatchAsync(webhookEvent, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    WebhookLog.HandlerFailed(logger, exception, webhookEvent.Vendor, webhookEvent.VendorEventType, webhookEvent.EventId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
