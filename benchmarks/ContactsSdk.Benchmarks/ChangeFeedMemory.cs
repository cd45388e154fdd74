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
    public static Task RunAsync()
        => HeapProbe.RunTableAsync(
            "| Contacts | Requests | Requests / contact | Allocated / change | Peak heap (sampled every 100) | Live heap at last change (after full GC) | Working set after run |",
            MeasureAsync);

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
        var probe = HeapProbe.Start();
        var seen = 0;
        await foreach (var change in client.GetChangesAsync(null))
        {
            seen++;
            if (seen % 100 == 0)
            {
                probe.Sample();
            }

            if (change.Checkpoint!.HighWater != DateTimeOffset.MinValue)
            {
                // Only the last change of the window carries the completed checkpoint.
                probe.RecordLive();
            }
        }

        var allocated = probe.Allocated;
        if (seen != count)
        {
            throw new InvalidOperationException($"Read {seen} changes, expected {count}.");
        }

        if (print)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {count:N0} | {requests:N0} | {requests / (double)count:N4} | {allocated / (double)count:N0} B | {probe.HeapCells()}"));
        }
    }
}
