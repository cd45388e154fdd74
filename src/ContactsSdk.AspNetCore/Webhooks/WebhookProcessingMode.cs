namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>When the webhook endpoints run the handlers.</summary>
public enum WebhookProcessingMode
{
    /// <summary>
    /// Verify, de-duplicate, queue and answer 200 at once; a background service runs the handlers. Answers within Wix's
    /// 1250 ms deadline whatever the handlers do; a handler failure is logged and the event is not redelivered.
    /// </summary>
    Queued = 0,

    /// <summary>Run the handlers before answering: 200 when they succeed, 500 when one throws (so the vendor resends).</summary>
    Inline,
}
