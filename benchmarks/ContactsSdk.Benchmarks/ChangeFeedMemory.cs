using System.Diagnostics;
using System.Globalization;

namespace ContactsSdk.Benchmarks;

/// <summary>
/// <c>-- changes</c>: reads the change feed of 10,000 / 100,000 / 1,000,000 AgentClara contacts (a full read, every
/// contact a change) and prints the requests sent, bytes allocated per change, the managed heap's high-water mark sampled
/// every 100 changes (garbage included), the live heap after a full collection at the last change (what the feed
/// retains: no per-contact state), and the process working set. Flat means none of these but the request count grows with N.
/// </summary>
public static class ChangeFeedMemory
{
    public static async Task RunAsync()
    {
        Console.WriteLine("| Contacts | Requests | Requests / contact | Allocated / change | Peak heap (sampled every 100) | Live heap at last change (after full GC) | Working set after run |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        await MeasureAsync(1_000, print: false); // warm-up: JIT, pipeline, pools
        foreach (var count in new[] { 10_000, 100_000, 1_000_000 })
        {
            await MeasureAsync(count, print: true);
        }
    }

    private static async Task MeasureAsync(int count, bool print)
    {
        var requests = 0;
        var handler = PagingHandler.AgentClara(count);
        var counting = new InMemoryHandler(request =>
        {
            Interlocked.Increment(ref requests);
            return handler.Respond(request);
        });
        var (services, client) = Clients.AgentClara(counting);
        await using var _ = services;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long peak = 0, liveAtEnd = 0;
        var seen = 0;
        await foreach (var change in client.GetChangesAsync(null))
        {
            seen++;
            if (seen % 100 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false) - before);
            }

            if (change.Checkpoint!.HighWater != DateTimeOffset.MinValue)
            {
                // Only the last change of the window carries the completed checkpoint.
                liveAtEnd = GC.GetTotalMemory(forceFullCollection: true) - before;
            }
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        if (seen != count)
        {
            throw new InvalidOperationException($"Read {seen} changes, expected {count}.");
        }

        if (print)
        {
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {count:N0} | {requests:N0} | {requests / (double)count:N4} | {allocated / (double)count:N0} B | {peak / 1024.0 / 1024:N1} MB | {liveAtEnd / 1024.0:N0} KB | {process.WorkingSet64 / 1024.0 / 1024:N0} MB |"));
        }
    }
}
