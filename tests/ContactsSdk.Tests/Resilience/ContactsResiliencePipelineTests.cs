using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Resilience;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.AgentClara;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;

namespace ContactsSdk.Tests.Resilience;

/// <summary>
/// Quota pacing, fast quota rejection and the circuit breaker, over HTTP against the AgentClara fake, on a
/// <see cref="FakeTimeProvider"/> shared by the client and the fake, so that no test waits for real time to pass.
/// </summary>
public sealed class ContactsResiliencePipelineTests
{
    private readonly HashSet<string> _keys = [];
    private AgentClaraFake _fake = null!;
    private FakeTimeProvider _clock = null!;

    [SetUp]
    public void StartFake()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        _fake = AgentClaraFake.Start(new AgentClaraFakeOptions { TimeProvider = _clock });
    }

    [TearDown]
    public void StopFake() => _fake.Dispose();

    [Test]
    public async Task Pacing_TwoThousandCreatesUnderTheVendorQuota_NoRequestIsThrottled()
    {
        const int Creates = 2000;
        _fake.EnableRateLimit(perMinute: 1200, perTenSeconds: 300);
        await using var clients = Build(Key("bulk"), o => o.Resilience.Quotas =
        [
            new ContactsQuota(1200, TimeSpan.FromMinutes(1)),
            new ContactsQuota(300, TimeSpan.FromSeconds(10)),
        ]);
        var client = clients.Get("clara");
        var next = 0;

        async Task Worker()
        {
            while (Interlocked.Increment(ref next) <= Creates)
            {
                await client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Bulk") });
            }
        }

        var workers = Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(Worker)));
        await DriveClockUntilAsync(workers, TimeSpan.FromMilliseconds(250));

        var statuses = _fake.Journal.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        TestContext.Out.WriteLine($"{Creates} creates in {_clock.GetUtcNow() - Start} simulated; statuses: {string.Join(", ", statuses)}");
        Assert.That(statuses.GetValueOrDefault(429), Is.Zero, "pacing must keep every request under the quota");
        Assert.That(_fake.Journal.Count(r => r.Method == "POST" && r.StatusCode == 201), Is.EqualTo(Creates));
        Assert.That(_clock.GetUtcNow() - Start, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(90)), "2,000 at 1,200/min cannot finish sooner");
    }

    [Test]
    public async Task Pacing_WaitLongerThanMaxQuotaWait_FailsAtOnceWithRetryAfter()
    {
        await using var clients = Build(Key("fast-fail"), o =>
        {
            o.Resilience.Quotas = [new ContactsQuota(1, TimeSpan.FromMinutes(1))];
            o.Resilience.MaxQuotaWait = TimeSpan.FromSeconds(1);
        });
        var client = clients.Get("clara");
        await client.TryGetAsync("cust_first");

        var ex = await Assert.ThrowsAsync<ContactsRateLimitedException>(() => client.TryGetAsync("cust_second"));

        Assert.That(ex!.RetryAfter, Is.GreaterThan(TimeSpan.FromSeconds(1)));
        Assert.That(ex.VendorErrorCode, Is.EqualTo("client_quota"));
        Assert.That(ex.StatusCode, Is.Null, "nothing was sent");
        Assert.That(_fake.Journal, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Pacing_TwoClientsWithTheSameKey_ShareOneBudget_OtherKeysDoNot()
    {
        void OneRequestPerMinute(AgentClaraOptions o)
        {
            o.Resilience.Quotas = [new ContactsQuota(1, TimeSpan.FromMinutes(1))];
            o.Resilience.MaxQuotaWait = TimeSpan.Zero;
        }

        var sharedKey = Key("shared");
        await using var first = Build(sharedKey, OneRequestPerMinute);
        await using var second = Build(sharedKey, OneRequestPerMinute);
        await using var other = Build(Key("other"), OneRequestPerMinute);

        await first.Get("clara").TryGetAsync("cust_a");

        await Assert.ThrowsAsync<ContactsRateLimitedException>(() => second.Get("clara").TryGetAsync("cust_b"));
        Assert.That(await other.Get("clara").TryGetAsync("cust_c"), Is.Null);
        Assert.That(_fake.Journal, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Pacing_QueuedRequest_ProceedsWhenTheWindowMoves()
    {
        await using var clients = Build(Key("queue"), o => o.Resilience.Quotas = [new ContactsQuota(2, TimeSpan.FromSeconds(10))]);
        var client = clients.Get("clara");
        await client.TryGetAsync("cust_a");
        await client.TryGetAsync("cust_b");

        var third = client.TryGetAsync("cust_c");
        await Task.Yield();
        Assert.That(third.IsCompleted, Is.False, "the third request waits for a permit");
        Assert.That(_fake.Journal, Has.Count.EqualTo(2));

        await DriveClockUntilAsync(third, TimeSpan.FromSeconds(1));

        Assert.That(_fake.Journal, Has.Count.EqualTo(3));
        Assert.That(_clock.GetUtcNow() - Start, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public async Task CircuitBreaker_SustainedServerErrors_OpensThenClosesAfterTheBreak()
    {
        await using var clients = Build(Key("breaker"), o =>
        {
            o.Resilience.PaceRequests = false;
            o.Resilience.CircuitBreakerMinimumThroughput = 4;
            o.Resilience.CircuitBreakerFailureRatio = 0.5;
            o.Resilience.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(5);
        });
        var client = clients.Get("clara");
        _fake.FailNext(4, 500, "GET");
        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<ContactsUnavailableException>(() => client.TryGetAsync("cust_x"));
        }

        var open = await Assert.ThrowsAsync<ContactsUnavailableException>(() => client.TryGetAsync("cust_x"));
        Assert.That(open!.InnerException, Is.InstanceOf<BrokenCircuitException>());
        Assert.That(_fake.Journal, Has.Count.EqualTo(4), "an open circuit sends nothing");

        _clock.Advance(TimeSpan.FromSeconds(6));

        Assert.That(await client.TryGetAsync("cust_x"), Is.Null, "after the break a trial call goes through and closes the circuit");
        Assert.That(await client.TryGetAsync("cust_y"), Is.Null);
        Assert.That(_fake.Journal, Has.Count.EqualTo(6));
    }

    private DateTimeOffset Start { get; } = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static string Key(string name) => $"sk_test_resilience_{name}_{Guid.NewGuid():N}";

    private ContactsClients Build(string apiKey, Action<AgentClaraOptions> configure)
    {
        if (!_keys.Contains(apiKey))
        {
            _fake.AddCredential(apiKey, apiKey);
            _keys.Add(apiKey);
        }

        return new ContactsClientBuilder()
            .WithTimeProvider(_clock)
            .Configure(sdk => sdk.AddAgentClara("clara", o =>
            {
                o.ApiKey = apiKey;
                o.BaseAddress = _fake.BaseAddress;
                o.Resilience.MaxRetryAttempts = 0;
                o.Resilience.TotalTimeout = TimeSpan.FromHours(1);
                o.Resilience.AttemptTimeout = TimeSpan.FromMinutes(10);
                configure(o);
            }))
            .Build();
    }

    // Moves simulated time in small steps while the real HTTP round trips to the fake complete.
    private async Task DriveClockUntilAsync(Task work, TimeSpan step)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!work.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.WhenAny(work, Task.Delay(5));
            _clock.Advance(step);
        }

        await work;
    }
}
