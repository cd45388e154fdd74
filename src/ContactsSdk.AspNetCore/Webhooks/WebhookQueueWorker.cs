using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>
/// Drains the queue into the handlers; a failing handler is logged (without contact data) and the next event goes on.
/// On stop the queue closes and the events already accepted (answered 200, so never resent) are still handled, until
/// the host's shutdown timeout cancels them.
/// </summary>
internal sealed class WebhookQueueWorker(WebhookQueue queue, WebhookDispatcher dispatcher, ILogger<WebhookQueueWorker> logger) : BackgroundService
{
    private readonly CancellationTokenSource _abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        using var registration = cancellationToken.Register(_abort.Cancel);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    // The loop ends when the queue is closed and empty, not when stopping starts: accepted events are owed a handler.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var abort = _abort.Token;
        try
        {
            await foreach (var webhookEvent in queue.ReadAllAsync(abort).ConfigureAwait(false))
            {
                try
                {
                    await dispatcher.DispatchAsync(webhookEvent, abort).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !abort.IsCancellationRequested)
                {
                    WebhookLog.HandlerFailed(logger, exception, webhookEvent.Vendor, webhookEvent.VendorEventType, webhookEvent.EventId);
                }
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // The host's shutdown timeout passed.
        }
    }
}
