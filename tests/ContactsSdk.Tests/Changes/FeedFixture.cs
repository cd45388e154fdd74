using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Changes;

/// <summary>One vendor's harness on one fake clock per fixture (the fake and the client share it), reset and a day later per test.</summary>
public abstract class FeedFixture<TFake, TClient>
    where TFake : VendorFake
    where TClient : class, IContactsClient
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    protected VendorHarness<TFake, TClient> Harness { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartHarness() => Harness = Start(Clock);

    [OneTimeTearDown]
    public async Task StopHarness() => await Harness.DisposeAsync();

    [SetUp]
    public void ResetHarness()
    {
        Harness.Reset();
        Clock.Advance(TimeSpan.FromDays(1));
    }

    /// <summary>Starts the vendor's fake and client on <paramref name="clock"/>.</summary>
    protected abstract VendorHarness<TFake, TClient> Start(FakeTimeProvider clock);
}
