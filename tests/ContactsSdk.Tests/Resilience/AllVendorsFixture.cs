using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Resilience;

/// <summary>A fixture with one warmed-up host per vendor on one fake clock, started once and disposed at the end.</summary>
public abstract class AllVendorsFixture
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    protected MatrixHostSet Hosts { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartHosts() => Hosts = await MatrixHostSet.StartAsync(Clock);

    [OneTimeTearDown]
    public async Task StopHosts()
    {
        await Hosts.DisposeAsync();
        if (Summary() is { } summary)
        {
            TestContext.Progress.WriteLine(summary);
        }
    }

    /// <summary>A line printed when the fixture ends, or null.</summary>
    protected virtual string? Summary() => null;
}
