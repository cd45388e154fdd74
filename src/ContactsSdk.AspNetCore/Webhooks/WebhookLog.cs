using ContactsSdk.Webhooks;
using Microsoft.Extensions.Logging;

namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>The endpoints' log messages: vendor, event type, event id and reasons only — never a secret, a signature or contact data.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(1, LogLevel.Warning, "{Vendor} webhook refused ({Reason}); answered {StatusCode}")]
    public static partial void Refused(ILogger logger, ContactsVendor vendor, WebhookFailureReason reason, int statusCode);

    [LoggerMessage(2, LogLevel.Warning, "{Vendor} webhook body is larger than {MaxBodyBytes} bytes; answered 413")]
    public static partial void TooLarge(ILogger logger, ContactsVendor vendor, int maxBodyBytes);

    [LoggerMessage(3, LogLevel.Debug, "{Vendor} webhook {EventType} {EventId} is a duplicate; answered 200 without handling it")]
    public static partial void Duplicate(ILogger logger, ContactsVendor vendor, string eventType, string eventId);

    [LoggerMessage(4, LogLevel.Error, "{Vendor} webhook {EventType} {EventId}: a handler failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, ContactsVendor vendor, string eventType, string eventId);

    [LoggerMessage(5, LogLevel.Warning, "{Vendor} webhook {EventType} {EventId}: the queue is full; answered 503 so the vendor resends")]
    public static partial void QueueFull(ILogger logger, ContactsVendor vendor, string eventType, string eventId);

    [LoggerMessage(6, LogLevel.Debug, "{Vendor} webhook {EventType} {EventId} accepted")]
    public static partial void Accepted(ILogger logger, ContactsVendor vendor, string eventType, string eventId);

    [LoggerMessage(7, LogLevel.Information, "AgentClara webhook with a wrong path token; answered 404")]
    public static partial void WrongToken(ILogger logger);
}
