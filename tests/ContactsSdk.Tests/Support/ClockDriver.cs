using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Support;

/// <summary>
/// Runs work whose timers (retry delays, attempt timeouts, settle waits, the fakes' late writes) sit on a
/// <see cref="FakeTimeProvider"/>, moving that clock forward in small steps while real HTTP round trips complete — so a
/// test sees minutes of simulated time in milliseconds, and never sleeps on the wall clock for them.
/// </summary>
public static class ClockDriver
{
    /// <summary>The simulated time one step moves the clock.</summary>
    /// <remarks>Each step lets about 5 ms of real time pass; keep simulated timeouts several steps long, so a real round trip never outlasts one.</remarks>
    public static TimeSpan Step { get; } = TimeSpan.FromSeconds(1);

    /// <summary>Runs <paramref name="action"/> to the end, driving the clock; returns what it threw, or null.</summary>
    public static async Task<Exception?> CaptureAsync(FakeTimeProvider clock, Func<Task> action)
    {
        var work = Task.Run(action);
        await DriveUntilAsync(clock, work);
        try
        {
            await work;
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    /// <summary>Runs <paramref name="action"/> to the end, driving the clock, and returns its result.</summary>
    public static async Task<T> RunAsync<T>(FakeTimeProvider clock, Func<Task<T>> action)
    {
        var work = Task.Run(action);
        await DriveUntilAsync(clock, work);
        return await work;
    }

    /// <summary>Moves the clock by <paramref name="span"/> in steps, letting what falls due run between steps.</summary>
    public static async Task AdvanceAsync(FakeTimeProvider clock, TimeSpan span)
    {
        for (var moved = TimeSpan.Zero; moved < span; moved += Step)
        {
            clock.Advance(Step);
            await Task.Delay(1);
        }
    }

    // Each step first gives the work a few real milliseconds (returning at once when it completes), so a real round trip
    // has ten of them (~50 ms) before a 10 s simulated attempt timeout could fire.
    private static async Task DriveUntilAsync(FakeTimeProvider clock, Task work)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!work.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.WhenAny(work, Task.Delay(2));
            if (!work.IsCompleted)
            {
                clock.Advance(Step);
            }
        }
    }
}
