using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ContactsSdk.Diagnostics;

/// <summary>The SDK's <see cref="Meter"/> ("ContactsSdk"): what the resilience pipeline did, tagged by vendor only.</summary>
internal static class ContactsMetrics
{
    public const string MeterName = "ContactsSdk";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "contactssdk.client.retries", description: "Requests tried again after a transient failure.");

    private static readonly Counter<long> ThrottleWaits = Meter.CreateCounter<long>(
        "contactssdk.client.throttle_waits", description: "Requests that waited for a permit of the vendor's quota.");

    private static readonly Counter<long> QuotaRejections = Meter.CreateCounter<long>(
        "contactssdk.client.quota_rejections", description: "Requests failed at once because the quota wait was too long.");

    private static readonly Counter<long> CircuitOpened = Meter.CreateCounter<long>(
        "contactssdk.client.circuit_opened", description: "Times a vendor's circuit breaker opened.");

    private static readonly Counter<long> Operations = Meter.CreateCounter<long>(
        "contactssdk.client.operations", description: "Facade calls, by vendor, operation and outcome.");

    private static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "contactssdk.client.operation.duration", unit: "s", description: "How long facade calls took, retries and waits included.");

    public static void RecordOperation(ContactsVendor vendor, string operation, string outcome, TimeSpan duration)
    {
        var tags = new TagList
        {
            { "contactssdk.vendor", vendor.ToString() },
            { "contactssdk.operation", operation },
            { "contactssdk.outcome", outcome },
        };
        Operations.Add(1, tags);
        OperationDuration.Record(duration.TotalSeconds, tags);
    }

    public static void RecordRetry(ContactsVendor vendor) => Retries.Add(1, Tag(vendor));

    public static void RecordThrottleWait(ContactsVendor vendor) => ThrottleWaits.Add(1, Tag(vendor));

    public static void RecordQuotaRejection(ContactsVendor vendor) => QuotaRejections.Add(1, Tag(vendor));

    public static void RecordCircuitOpened(ContactsVendor vendor) => CircuitOpened.Add(1, Tag(vendor));

    private static KeyValuePair<string, object?> Tag(ContactsVendor vendor) => new("contactssdk.vendor", vendor.ToString());
}
