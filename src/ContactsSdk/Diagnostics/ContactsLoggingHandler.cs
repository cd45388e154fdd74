using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ContactsSdk.Diagnostics;

/// <summary>
/// Logs each call (its final status, after any retries) without personal data. It replaces the HTTP client factory's default loggers, which write the
/// full URI, and with it search terms such as email addresses.
/// </summary>
internal sealed class ContactsLoggingHandler(ContactsVendor vendor, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (logger.IsEnabled(LogLevel.Debug))
            {
                var (method, path, elapsed) = Describe(request, started);
                ContactsLog.RequestCompleted(logger, vendor, OperationName, method, path, (int)response.StatusCode, elapsed);
            }

            return response;
        }
        catch (Exception ex)
        {
            if (logger.IsEnabled(LogLevel.Warning))
            {
                var (method, path, elapsed) = Describe(request, started);
                ContactsLog.RequestFailed(logger, vendor, OperationName, method, path, elapsed, ex.GetType().Name);
            }

            throw;
        }
    }

    // The same name as the operation's span, metrics and exception, so a log line leads to its trace.
    private static string OperationName => ContactsTelemetry.CurrentOperation ?? "-";

    // The path only: the query string can hold search terms such as email addresses.
    private static (string Method, string Path, long ElapsedMs) Describe(HttpRequestMessage request, long started)
        => (request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
}
