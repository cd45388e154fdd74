using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Support;

/// <summary>Moves a <see cref="FakeTimeProvider"/> while real HTTP round trips to a fake complete, so timed faults never sleep.</summary>
public static class FakeClock
{
    /// <summary>Advances <paramref name="clock"/> by <paramref name="step"/> between short yields until <paramref name="work"/> ends, then awaits it.</summary>
    public static async Task DriveUntilAsync(this FakeTimeProvider clock, Task work, TimeSpan step)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!work.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.WhenAny(work, Task.Delay(2));
            clock.Advance(step);
        }

        await work;
    }
}
