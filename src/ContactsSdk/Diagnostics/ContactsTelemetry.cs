using System.Diagnostics;

namespace ContactsSdk.Diagnostics;

/// <summary>
/// Observes facade calls: one <see cref="Activity"/> per call from the "ContactsSdk" <see cref="ActivitySource"/>, and the
/// operation counter and duration histogram on the "ContactsSdk" meter. Tags name the vendor, the operation, the outcome and
/// the retries the pipeline made — never contact data.
/// </summary>
internal static class ContactsTelemetry
{
    public const string SourceName = "ContactsSdk";

    public const string Success = "success";

    private static readonly ActivitySource Source = new(SourceName, typeof(ContactsTelemetry).Assembly.GetName().Version?.ToString());

    // Flows with the call into the HTTP pipeline, where the retry strategy counts on it.
    private static readonly AsyncLocal<RetryCounter?> CurrentRetries = new();

    /// <summary>Counts a retry against the facade call in progress, if any.</summary>
    public static void RecordRetry() => CurrentRetries.Value?.Increment();

    public static async Task<T> ObserveAsync<T>(
        ContactsVendor vendor, string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var observation = Start(vendor, operation);
        try
        {
            var result = await call(cancellationToken).ConfigureAwait(false);
            observation.Complete(Success);
            return result;
        }
        catch (Exception ex)
        {
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
            activity?.Dispose();
        }
    }
}
