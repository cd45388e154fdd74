using System.Diagnostics;
using ContactsSdk.Errors;
using ContactsSdk.Tests.Support;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ContactsSdk.Tests.Diagnostics;

/// <summary>Spans and metrics per facade call, read through OpenTelemetry's in-memory exporter.</summary>
[NonParallelizable]
public sealed class ContactsTelemetryTests
{
    private const string Email = "ada.telemetry@example.com";

    private AgentClaraHarness _harness = null!;

    [OneTimeSetUp]
    public void StartFake() => _harness = AgentClaraHarness.Start(o =>
    {
        o.Resilience.MaxRetryAttempts = 2;
        o.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
    });

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    [Test]
    public async Task GetAsync_AfterOneRetry_EmitsOneSpanWithVendorOperationOutcomeAndRetries()
    {
        var id = _harness.Fake.SeedContact("Ada Lovelace", Email, "+15551234567");
        _harness.Fake.FailNext(1, 503, "GET");
        var spans = new List<Activity>();
        using (Sdk.CreateTracerProviderBuilder().AddSource("ContactsSdk").AddInMemoryExporter(spans).Build())
        {
            await _harness.Client.GetAsync(id);
        }

        var span = spans.Single(s => s.DisplayName == "ContactsSdk.Get");
        Assert.That(span.GetTagItem("contactssdk.vendor"), Is.EqualTo("AgentClara"));
        Assert.That(span.GetTagItem("contactssdk.operation"), Is.EqualTo("Get"));
        Assert.That(span.GetTagItem("contactssdk.outcome"), Is.EqualTo("success"));
        Assert.That(span.GetTagItem("contactssdk.retries"), Is.EqualTo(1));
        Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Unset));
        AssertNoContactData(spans);
    }

    [Test]
    public async Task GetAsync_NotFound_SpanCarriesTheExceptionTypeAsOutcomeAndErrorStatus()
    {
        var spans = new List<Activity>();
        using (Sdk.CreateTracerProviderBuilder().AddSource("ContactsSdk").AddInMemoryExporter(spans).Build())
        {
            await Assert.ThrowsAsync<ContactNotFoundException>(() => _harness.Client.GetAsync("cust_missing"));
        }

        var span = spans.Single(s => s.DisplayName == "ContactsSdk.Get");
        Assert.That(span.GetTagItem("contactssdk.outcome"), Is.EqualTo(nameof(ContactNotFoundException)));
        Assert.That(span.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(span.StatusDescription, Does.Not.Contain("cust_missing"));
    }

    [Test]
    public async Task ListAsync_ThreePages_OneSpanPerPage()
    {
        for (var i = 0; i < 5; i++)
        {
            _harness.Fake.SeedContact($"Person {i}");
        }

        var spans = new List<Activity>();
        using (Sdk.CreateTracerProviderBuilder().AddSource("ContactsSdk").AddInMemoryExporter(spans).Build())
        {
            await foreach (var _ in _harness.Client.ListAsync(new ContactQuery { PageSizeHint = 2 }))
            {
            }
        }

        Assert.That(spans.Count(s => s.DisplayName == "ContactsSdk.List"), Is.EqualTo(3));
    }

    [Test]
    public async Task Operations_AreCountedAndTimedByVendorOperationAndOutcome()
    {
        var metrics = new List<Metric>();
        var id = _harness.Fake.SeedContact("Ada Lovelace", Email);
        using (var meters = Sdk.CreateMeterProviderBuilder().AddMeter("ContactsSdk").AddInMemoryExporter(metrics).Build())
        {
            await _harness.Client.GetAsync(id);
            await _harness.Client.GetAsync(id);
            await Assert.ThrowsAsync<ContactNotFoundException>(() => _harness.Client.GetAsync("cust_missing"));
            meters.ForceFlush();
        }

        // Each export (flush, then dispose) repeats the cumulative points: read the largest.
        var counts = Points(metrics, "contactssdk.client.operations")
            .GroupBy(p => Tag(p, "contactssdk.outcome") ?? "(none)")
            .ToDictionary(g => g.Key, g => g.Max(p => p.GetSumLong()));
        Assert.That(counts["success"], Is.EqualTo(2));
        Assert.That(counts[nameof(ContactNotFoundException)], Is.EqualTo(1));
        var durations = Points(metrics, "contactssdk.client.operation.duration").ToList();
        Assert.That(durations.GroupBy(p => Tag(p, "contactssdk.outcome")).Sum(g => g.Max(p => p.GetHistogramCount())), Is.EqualTo(3));
        Assert.That(durations.All(p => Tag(p, "contactssdk.vendor") == "AgentClara" && Tag(p, "contactssdk.operation") == "Get"), Is.True);
    }

    private static IEnumerable<MetricPoint> Points(List<Metric> metrics, string name)
    {
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                yield return point;
            }
        }
    }

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }

    private static void AssertNoContactData(IEnumerable<Activity> spans)
    {
        var text = string.Join('\n', spans.Where(s => s.Source.Name == "ContactsSdk")
            .SelectMany(s => s.TagObjects.Select(t => $"{t.Key}={t.Value}").Append(s.DisplayName).Append(s.StatusDescription ?? string.Empty)));
        Assert.That(text, Does.Not.Contain(Email).And.Not.Contain("Lovelace").And.Not.Contain("5551234567"));
    }
}
