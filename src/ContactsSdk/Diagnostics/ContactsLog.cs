using Microsoft.Extensions.Logging;

namespace ContactsSdk.Diagnostics;

/// <summary>
/// The SDK's log messages. They carry method, path, status and timing only: no query string, no body, no header,
/// so that neither personal data (emails, phones, names) nor credentials reach a log.
/// </summary>
internal static partial class ContactsLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Vendor} {Operation}: {Method} {Path} answered {StatusCode} in {ElapsedMs} ms")]
    public static partial void RequestCompleted(ILogger logger, ContactsVendor vendor, string operation, string method, string path, int statusCode, long elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Vendor} {Operation}: {Method} {Path} failed after {ElapsedMs} ms: {ErrorType}")]
    public static partial void RequestFailed(ILogger logger, ContactsVendor vendor, string operation, string method, string path, long elapsedMs, string errorType);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Vendor} {Method} {Path}: retry {Attempt} in {DelayMs} ms after {Reason}")]
    public static partial void Retrying(ILogger logger, ContactsVendor vendor, string method, string path, int attempt, long delayMs, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{Vendor}: circuit opened for {BreakMs} ms after repeated failures")]
    public static partial void CircuitOpened(ILogger logger, ContactsVendor vendor, long breakMs);
}
