using System.Diagnostics;
using System.Globalization;

namespace ContactsSdk.Benchmarks;

/// <summary>
/// <c>-- paging</c>: lists 10,000 / 100,000 / 1,000,000 contacts and prints, per run, bytes allocated per contact, the
/// managed heap's high-water mark sampled at every page (garbage included, so it is bounded by the GC's gen0 budget),
/// the live heap after a full collection at the last page (what the listing retains), and the process working set.
/// Flat means none of these grows with the count.
/// </summary>
public static class PagingMemory
{
    public static async Task RunAsync()
    {
        Console.WriteLine("| Contacts | Allocated / contact | of which the SDK (handler's page generation subtracted) | Peak heap (sampled per page) | Live heap at last page (after full GC) | Working set after run |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        await MeasureAsync(1_000, print: false); // warm-up: JIT, pipeline, pools
        foreach (var count in new[] { 10_000, 100_000, 1_000_000 })
        {
            await MeasureAsync(count, print: true);
        }
    }

    private static async Task MeasureAsync(int count, bool print)
    {
        var (services, client) = Clients.AgentClara(PagingHandler.AgentClara(count));
        await using var _ = services;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long peak = 0, liveAtEnd = 0;
        var seen = 0;
        await foreach (var page in client.ListAsync(new ContactQuery { PageSizeHint = 100 }).AsPages())
        {
            seen += page.Items.Count;
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false) - before);
            if (page.ContinuationToken is null)
            {
                liveAtEnd = GC.GetTotalMemory(forceFullCollection: true) - before;
            }
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        // The handler's own share (generating the pages), measured alone and subtracted.
        var handlerBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var offset = 0; offset < count; offset += 100)
        {
            using var response = InMemoryHandler.JsonResponse(Payloads.AgentClaraPage(offset, 100, count));
        }

        var handler = GC.GetTotalAllocatedBytes(precise: true) - handlerBefore;
        if (seen != count)
        {
            throw new InvalidOperationException($"Listed {seen} contacts, expected {count}.");
        }

        if (print)
        {
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {count:N0} | {allocated / (double)count:N0} B | {(allocated - handler) / (double)count:N0} B | {peak / 1024.0 / 1024:N1} MB | {liveAtEnd / 1024.0:N0} KB | {process.WorkingSet64 / 1024.0 / 1024:N0} MB |"));
        }
    }
}
