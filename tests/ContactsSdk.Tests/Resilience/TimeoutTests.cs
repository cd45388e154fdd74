using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.AgentClara;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Resilience;

/// <summary>
/// Attempt timeouts and the caller's token over HTTP, on AgentClara's fake: the fake's delays and the client's timeouts
/// run on one <see cref="FakeTimeProvider"/>, so no test sleeps.
/// </summary>
public sealed class TimeoutTests
{
    // A client on the same fake with the default (10 s) attempt timeout.
    private const string DefaultTimeouts = "default-timeouts";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private AgentClaraHarness _timeouts = null!;

    [OneTimeSetUp]
    public void StartHarness()
        => _timeouts = AgentClaraHarness.Start(
            options =>
            {
                options.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(200);
                options.Resilience.TotalTimeout = TimeSpan.FromSeconds(1);
            },
            new AgentClaraFakeOptions { TimeProvider = _clock },
            _clock);

    [OneTimeTearDown]
    public async Task StopHarness() => await _timeouts.DisposeAsync();

    [SetUp]
    public void ResetFake() => _timeouts.Reset();

    [Test]
    public async Task GetAsync_TokenCancelledDuringASlowRequest_ThrowsOperationCanceledNotTimeout()
    {
        var fake = _timeouts.Fake;
        var id = fake.SeedContact("Ada Lovelace");
        fake.DelayNext(1, TimeSpan.FromSeconds(1));

        // Default (10 s) attempt timeout, so that only the caller's token can end the call; the token runs on the fake's clock.
        await using var clients = new ContactsClientBuilder().Configure(sdk => sdk.AddAgentClara(DefaultTimeouts, options =>
        {
            options.ApiKey = AgentClaraFake.DefaultCredential;
            options.BaseAddress = fake.BaseAddress;
            options.Resilience.MaxRetryAttempts = 0;
            options.Resilience.PaceRequests = false;
        })).Build();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100), _clock);
        var call = clients.Get<IAgentClaraContactsClient>(DefaultTimeouts).GetAsync(id, cts.Token);

        var ex = await Assert.CatchAsync<OperationCanceledException>(() => _clock.DriveUntilAsync(call, TimeSpan.FromMilliseconds(20)));

        Assert.That(ex?.CancellationToken, Is.EqualTo(cts.Token));
    }

    [Test]
    public async Task GetAsync_AttemptTimeoutShorterThanTheVendor_ThrowsContactsTimeout()
    {
        var fake = _timeouts.Fake;
        var id = fake.SeedContact("Ada Lovelace");
        fake.DelayNext(1, TimeSpan.FromSeconds(2));
        var started = DateTime.UtcNow;

        var call = _timeouts.Client.GetAsync(id);
        var ex = (await Assert.ThrowsAsync<ContactsTimeoutException>(() => _clock.DriveUntilAsync(call, TimeSpan.FromMilliseconds(20))))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Operation, Is.EqualTo("Get"));
            Assert.That(ex.StatusCode, Is.Null);
            Assert.That(ex.IsTransient, Is.True);
            Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(2)), "the 2 s delay runs on the fake clock, not the wall clock");
        }
    }
}
