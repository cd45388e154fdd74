using System.Diagnostics.Metrics;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Resilience;

/// <summary>The pipeline reports what it did on the "ContactsSdk" meter.</summary>
[NonParallelizable]
public sealed class ContactsMetricsTests
{
    [Test]
    public async Task Retry_IsCountedOnTheContactsSdkMeter_TaggedByVendor()
    {
        await using var harness = AgentClaraHarness.Start(o =>
        {
            o.Resilience.MaxRetryAttempts = 2;
            o.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        });
        var id = harness.Fake.SeedContact("Ada Lovelace");
        harness.Fake.FailNext(1, 503, "GET");
        var retries = new List<(long Value, string? Vendor)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "ContactsSdk")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "contactssdk.client.retries")
            {
                lock (retries)
                {
                    retries.Add((value, tags.ToArray().FirstOrDefault(t => t.Key == "contactssdk.vendor").Value as string));
                }
            }
        });
        listener.Start();

        await harness.Client.GetAsync(id);

        Assert.That(retries, Is.EqualTo(new[] { (1L, (string?)"AgentClara") }));
    }
}
