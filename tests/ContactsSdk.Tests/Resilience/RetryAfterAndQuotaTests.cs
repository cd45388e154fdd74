using System.Globalization;
using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Resilience;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.AgentClara;
using ContactsSdk.Vendors.Wix;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Resilience;

/// <summary>
/// Throttling as the SDK handles it, on a fake clock shared by client and fake: a 429 on a create is paced and retried;
/// a <c>Retry-After</c> beyond the call's budget fails at once with it; <c>Retry-After</c> dates are read on the injected
/// clock and never negative; a cancelled quota waiter gives its slot back; Wix paces per site, whichever credential calls.
/// </summary>
public sealed class RetryAfterAndQuotaTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private FakeTimeProvider _clock = null!;

    [SetUp]
    public void NewClock() => _clock = new FakeTimeProvider(Start);

    [Test]
    public async Task CreateAsync_429WithRetryAfter_IsPacedAndRetried_CreatingOnce()
    {
        using var fake = AgentClaraFake.Start(new AgentClaraFakeOptions { TimeProvider = _clock });
        await using var clients = Clara(fake, o => o.Resilience.MaxRetryAttempts = 2);
        fake.FailNext(1, 429, "POST", "/contacts", TimeSpan.FromSeconds(3));

        var created = await ClockDriver.RunAsync(_clock, () => clients.Get("clara").CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada") }));

        Assert.That(created.Name.Full, Is.EqualTo("Ada"));
        Assert.That(fake.Journal.Select(r => $"{r.Method} {r.StatusCode}"), Is.EqualTo(new[] { "POST 429", "POST 201" }));
        Assert.That(fake.Journal[1].ReceivedAt - fake.Journal[0].ReceivedAt, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(3)), "Retry-After is honoured");
        Assert.That(fake.ContactCount(), Is.EqualTo(1));
    }

    [TestCase("GET")]
    [TestCase("POST")]
    public async Task RetryAfterLongerThanTheRemainingBudget_FailsAtOnce_WithRateLimitedAndRetryAfter(string method)
    {
        using var fake = AgentClaraFake.Start(new AgentClaraFakeOptions { TimeProvider = _clock });
        await using var clients = Clara(fake, o =>
        {
            o.Resilience.MaxRetryAttempts = 3;
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(30);
        });
        fake.FailNext(1, 429, method, null, TimeSpan.FromSeconds(60));
        var client = clients.Get("clara");

        var call = Task.Run(async () =>
        {
            _ = method == "GET"
                ? await client.TryGetAsync("cust_missing")
                : await client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada") });
        });

        // Nothing drives the fake clock: a client that waited for the Retry-After would never finish.
        // WaitAsync's bound is only a guard against hanging the suite; the call normally ends in milliseconds.
        var ex = await Assert.ThrowsAsync<ContactsRateLimitedException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.That(ex!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(60)));
        Assert.That(ex.StatusCode, Is.EqualTo(429));
        Assert.That(fake.Journal, Has.Count.EqualTo(1), "no retry is attempted");
        Assert.That(_clock.GetUtcNow(), Is.EqualTo(Start), "no time is spent waiting");
    }

    [TestCase(-90, 0)]
    [TestCase(30, 30)]
    public async Task RetryAfterAsAnHttpDate_IsReadOnTheInjectedClock_AndClampedAtZero(int secondsFromNow, int expectedSeconds)
    {
        var date = Start.AddSeconds(secondsFromNow).ToString("r", CultureInfo.InvariantCulture);
        await using var server = new ScriptedServer(_ => new ScriptedAnswer(429, """{"error":{"code":"rate_limited","message":"slow down"}}""")
        {
            Headers = new Dictionary<string, string> { ["Retry-After"] = date },
        });
        await using var clients = new ContactsClientBuilder()
            .WithTimeProvider(_clock)
            .Configure(sdk => sdk.AddAgentClara("clara", o =>
            {
                o.ApiKey = "sk_test_scripted";
                o.BaseAddress = server.BaseAddress;
                o.Resilience.MaxRetryAttempts = 0;
                o.Resilience.PaceRequests = false;
            }))
            .Build();

        var ex = await Assert.ThrowsAsync<ContactsRateLimitedException>(() => clients.Get("clara").TryGetAsync("cust_any"));

        Assert.That(ex!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Pacing_CancelledWaiters_GiveTheirSlotsBack()
    {
        using var fake = AgentClaraFake.Start(new AgentClaraFakeOptions { TimeProvider = _clock });
        await using var clients = Clara(fake, o =>
        {
            o.Resilience.PaceRequests = true;
            o.Resilience.Quotas = [new ContactsQuota(10, TimeSpan.FromMinutes(1))];
            o.Resilience.MaxQuotaWait = TimeSpan.FromSeconds(60);
        });
        var client = clients.Get("clara");
        await client.TryGetAsync("cust_1");
        await client.TryGetAsync("cust_2");
        using var cancel = new CancellationTokenSource();
        var waiters = Enumerable.Range(0, 8).Select(i => client.TryGetAsync($"cust_w{i}", cancel.Token)).ToList();
        await WaitUntilAsync(() => waiters.All(w => !w.IsCompleted));

        await cancel.CancelAsync();
        foreach (var waiter in waiters)
        {
            await Assert.CatchAsync<OperationCanceledException>(async () => await waiter);
        }

        var next = ClockDriver.RunAsync(_clock, () => client.TryGetAsync("cust_next"));
        Assert.That(await next, Is.Null, "the next call is admitted, not refused with client_quota");
        Assert.That(fake.Journal, Has.Count.EqualTo(3), "cancelled waiters sent nothing");
        Assert.That(_clock.GetUtcNow() - Start, Is.LessThan(TimeSpan.FromSeconds(10)), "it waits one pacing interval, not for eight cancelled reservations");
    }

    [Test]
    public async Task Pacing_Wix_ApiKeyAndOAuthClientsOfOneSite_ShareTheSiteBudget()
    {
        using var fake = WixFake.Start(new WixFakeOptions { TimeProvider = _clock });
        void TwoPerMinute(WixOptions o)
        {
            o.BaseAddress = fake.BaseAddress;
            o.Resilience.MaxRetryAttempts = 0;
            o.Resilience.Quotas = [new ContactsQuota(2, TimeSpan.FromMinutes(1))];
            o.Resilience.MaxQuotaWait = TimeSpan.Zero;
        }

        await using var clients = new ContactsClientBuilder()
            .WithTimeProvider(_clock)
            .Configure(sdk => sdk
                .AddWix("key", o =>
                {
                    (o.ApiKey, o.SiteId) = (WixFake.DefaultCredential, WixFake.DefaultSiteId);
                    TwoPerMinute(o);
                })
                .AddWix("oauth", o =>
                {
                    (o.AppId, o.AppSecret, o.InstanceId, o.SiteId) = (WixFake.DefaultAppId, WixFake.DefaultAppSecret, WixFake.DefaultInstanceId, WixFake.DefaultSiteId);
                    TwoPerMinute(o);
                })
                .AddWix("other-site", o =>
                {
                    (o.ApiKey, o.SiteId) = (WixFake.DefaultCredential, "another-site");
                    TwoPerMinute(o);
                }))
            .Build();
        var refused = 0;
        foreach (var name in new[] { "oauth", "key", "oauth", "key" })
        {
            try
            {
                await clients.Get(name).TryGetAsync(Guid.NewGuid().ToString());
            }
            catch (ContactsRateLimitedException ex) when (ex.VendorErrorCode == "client_quota")
            {
                refused++;
            }
        }

        var sent = fake.Journal.Count;
        Assert.That(sent, Is.EqualTo(2), "the site's two permits are shared by both credentials (token request included)");
        Assert.That(refused, Is.GreaterThanOrEqualTo(2));
        Assert.That(await clients.Get("other-site").TryGetAsync(Guid.NewGuid().ToString()), Is.Null, "another site has a budget of its own");
    }

    private ContactsClients Clara(AgentClaraFake fake, Action<AgentClaraOptions> configure)
        => new ContactsClientBuilder()
            .WithTimeProvider(_clock)
            .Configure(sdk => sdk.AddAgentClara("clara", o =>
            {
                o.ApiKey = AgentClaraFake.DefaultCredential;
                o.BaseAddress = fake.BaseAddress;
                o.Resilience.PaceRequests = false;
                o.Resilience.AttemptTimeout = TimeSpan.FromMinutes(1);
                o.Resilience.TotalTimeout = TimeSpan.FromMinutes(5);
                o.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(100);
                configure(o);
            }))
            .Build();

    // The waiters reserve their permits on their way to the pacer; give them real milliseconds to get there.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 10 && condition(); i++)
        {
            await Task.Delay(5);
        }
    }
}
