using ContactsSdk.Configuration;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Resilience;
using ContactsSdk.Vendors.AgentClara;
using ContactsSdk.Vendors.Ecwid;
using ContactsSdk.Vendors.Wix;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.RateLimiting;
using Polly.Testing;
using Polly.Timeout;

namespace ContactsSdk.Tests.Resilience;

/// <summary>
/// The order of the resilience strategies, read with Polly.Testing's <c>GetPipelineDescriptor</c>: total timeout → retry →
/// rate limiter (only when pacing) → circuit breaker → attempt timeout. The order is behaviour: pacing inside the retry makes
/// every attempt take a permit; the attempt timeout inside the breaker makes a hung attempt count as a failure.
/// </summary>
public sealed class ResiliencePipelineOrderTests
{
    private static readonly TimeSpan Total = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan Attempt = TimeSpan.FromSeconds(7);

    private static IEnumerable<TestCaseData> Vendors()
    {
        yield return new TestCaseData(ContactsVendor.AgentClara, (Func<ContactsClientOptions>)(() => new AgentClaraOptions())).SetArgDisplayNames("AgentClara");
        yield return new TestCaseData(ContactsVendor.Ecwid, (Func<ContactsClientOptions>)(() => new EcwidOptions())).SetArgDisplayNames("Ecwid");
        yield return new TestCaseData(ContactsVendor.Wix, (Func<ContactsClientOptions>)(() => new WixOptions())).SetArgDisplayNames("Wix");
    }

    [TestCaseSource(nameof(Vendors))]
    public async Task Pipeline_Pacing_TotalTimeoutRetryRateLimiterBreakerAttemptTimeout(ContactsVendor vendor, Func<ContactsClientOptions> create)
    {
        var strategies = Describe(vendor, create(), pace: true, retries: 3);

        Assert.That(strategies.Select(s => s.Options?.GetType()), Is.EqualTo(new[]
        {
            typeof(TimeoutStrategyOptions),
            typeof(HttpRetryStrategyOptions),
            typeof(RateLimiterStrategyOptions),
            typeof(HttpCircuitBreakerStrategyOptions),
            typeof(TimeoutStrategyOptions),
        }));
        await AssertTimeoutsAsync(strategies);
        Assert.That(((HttpRetryStrategyOptions)strategies[1].Options!).MaxRetryAttempts, Is.EqualTo(3));
    }

    [TestCaseSource(nameof(Vendors))]
    public async Task Pipeline_NoPacing_HasNoRateLimiterAndKeepsTheRestInOrder(ContactsVendor vendor, Func<ContactsClientOptions> create)
    {
        var strategies = Describe(vendor, create(), pace: false, retries: 2);

        Assert.That(strategies.Select(s => s.Options?.GetType()), Is.EqualTo(new[]
        {
            typeof(TimeoutStrategyOptions),
            typeof(HttpRetryStrategyOptions),
            typeof(HttpCircuitBreakerStrategyOptions),
            typeof(TimeoutStrategyOptions),
        }));
        await AssertTimeoutsAsync(strategies);
    }

    [Test]
    public void Pipeline_RetriesOff_HasNoRetryStrategy()
    {
        var strategies = Describe(ContactsVendor.AgentClara, new AgentClaraOptions(), pace: true, retries: 0);

        Assert.That(strategies.Select(s => s.Options?.GetType()), Is.EqualTo(new[]
        {
            typeof(TimeoutStrategyOptions),
            typeof(RateLimiterStrategyOptions),
            typeof(HttpCircuitBreakerStrategyOptions),
            typeof(TimeoutStrategyOptions),
        }));
    }

    [Test]
    public void Pipeline_Breaker_TakesTheOptionsSettings()
    {
        var options = new AgentClaraOptions();
        options.Resilience.CircuitBreakerFailureRatio = 0.25;
        options.Resilience.CircuitBreakerMinimumThroughput = 17;

        var breaker = (HttpCircuitBreakerStrategyOptions)Describe(ContactsVendor.AgentClara, options, pace: false, retries: 1)[2].Options!;

        Assert.That((breaker.FailureRatio, breaker.MinimumThroughput), Is.EqualTo((0.25, 17)));
    }

    private static IReadOnlyList<Polly.Testing.ResilienceStrategyDescriptor> Describe(
        ContactsVendor vendor, ContactsClientOptions options, bool pace, int retries)
    {
        options.Resilience.PaceRequests = pace;
        options.Resilience.MaxRetryAttempts = retries;
        options.Resilience.TotalTimeout = Total;
        options.Resilience.AttemptTimeout = Attempt;
        var pipeline = ContactsResiliencePipeline.Build(vendor, options.ToResilienceProfile(), new FakeTimeProvider());
        return pipeline.GetPipelineDescriptor().Strategies;
    }

    // The outer timeout is the call's total budget (from a generator that also notes the start); the inner one is per attempt.
    private static async Task AssertTimeoutsAsync(IReadOnlyList<Polly.Testing.ResilienceStrategyDescriptor> strategies)
    {
        var total = (TimeoutStrategyOptions)strategies[0].Options!;
        var attempt = (TimeoutStrategyOptions)strategies[^1].Options!;
        var context = ResilienceContextPool.Shared.Get();
        try
        {
            Assert.That(total.TimeoutGenerator, Is.Not.Null);
            Assert.That(await total.TimeoutGenerator!(new TimeoutGeneratorArguments(context)), Is.EqualTo(Total));
            Assert.That((attempt.TimeoutGenerator, attempt.Timeout), Is.EqualTo(((Func<TimeoutGeneratorArguments, ValueTask<TimeSpan>>?)null, Attempt)));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
