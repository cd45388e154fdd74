using System.Diagnostics;
using ContactsSdk.Errors;

namespace ContactsSdk.Diagnostics;

/// <summary>
/// The one path every public client call runs through: it names the operation (from <see cref="ContactsOperations"/>),
/// opens one <see cref="Activity"/> from the "ContactsSdk" <see cref="ActivitySource"/>, records the operation counter and
/// duration histogram on the "ContactsSdk" meter, and stamps the operation on any <see cref="ContactsException"/> it lets
/// through. Tags name the vendor, the operation, the outcome and the retries the pipeline made — never contact data.
/// </summary>
/// <remarks>
/// A call made while another operation runs (a create that looks for the contact it may have stored, a find-or-create
/// that lists first) is part of that operation: it opens no span of its own, and its failures carry the outer name. So a
/// public call yields exactly one span and one metric record (a listing: one per page it fetches).
/// </remarks>
internal static class ContactsTelemetry
{
    public const string SourceName = "ContactsSdk";

    public const string Success = "success";

    private static readonly ActivitySource Source = new(SourceName, typeof(ContactsTelemetry).Assembly.GetName().Version?.ToString());

    // Flows with the call into the HTTP pipeline, where the retry strategy counts on it.
    private static readonly AsyncLocal<RetryCounter?> CurrentRetries = new();

    // The operation in progress, named for the failures the caller maps and the log lines the pipeline writes.
    private static readonly AsyncLocal<string?> Current = new();

    /// <summary>Gets the operation in progress on this flow, or null outside any client call.</summary>
    public static string? CurrentOperation => Current.Value;

    /// <summary>Counts a retry against the facade call in progress, if any.</summary>
    public static void RecordRetry() => CurrentRetries.Value?.Increment();

    public static async Task<T> ObserveAsync<T>(
        ContactsVendor vendor, string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        if (Current.Value is not null)
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }

        using var observation = Start(vendor, operation);
        try
        {
            var result = await call(cancellationToken).ConfigureAwait(false);
            observation.Complete(Success);
            return result;
        }
        catch (Exception ex)
        {
            (ex as ContactsException)?.Stamp(vendor, operation);
            observation.Complete(OutcomeOf(ex), ex);
            throw;
        }
    }

    public static Task ObserveAsync(ContactsVendor vendor, string operation, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
        => ObserveAsync<bool>(
            vendor,
            operation,
            async ct =>
            {
                await call(ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    private static Observation Start(ContactsVendor vendor, string operation)
    {
        // The name is built only when someone listens: most calls run without a tracer.
        var activity = Source.HasListeners() ? Source.StartActivity($"{SourceName}.{operation}", ActivityKind.Internal) : null;
        activity?.SetTag("contactssdk.vendor", vendor.ToString());
        activity?.SetTag("contactssdk.operation", operation);
        var retries = new RetryCounter();
        var outer = CurrentRetries.Value;
        CurrentRetries.Value = retries;
        Current.Value = operation;
        return new Observation(vendor, operation, activity, retries, outer, Stopwatch.GetTimestamp());
    }

    private static string OutcomeOf(Exception ex) => ex is OperationCanceledException ? "cancelled" : ex.GetType().Name;

    private sealed class RetryCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Increment() => Interlocked.Increment(ref _count);
    }

    private sealed class Observation(
        ContactsVendor vendor, string operation, Activity? activity, RetryCounter retries, RetryCounter? outer, long started) : IDisposable
    {
        public void Complete(string outcome, Exception? error = null)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            ContactsMetrics.RecordOperation(vendor, operation, outcome, elapsed);
            if (activity is null)
            {
                return;
            }

            activity.SetTag("contactssdk.outcome", outcome);
            activity.SetTag("contactssdk.retries", retries.Count);
            if (error is not null)
            {
                // The type only: an exception message can hold what the vendor echoed back.
                activity.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            }
        }

        public void Dispose()
        {
            CurrentRetries.Value = outer;
            Current.Value = null;
            activity?.Dispose();
        }
    }
}
