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
    public static Task RunAsync()
        => HeapProbe.RunTableAsync(
            "| Contacts | Allocated / contact | of which the SDK (handler's page generation subtracted) | Peak heap (sampled per page) | Live heap at last page (after full GC) | Working set after run |",
            MeasureAsync);

    private static async Task MeasureAsync(int count, bool print)
    {
        var (services, client) = Clients.AgentClara(PagingHandler.AgentClara(count));
        await using var _ = services;
        var probe = HeapProbe.Start();
        var seen = 0;
        await foreach (var page in client.ListAsync(new ContactQuery { PageSizeHint = 100 }).AsPages())
        {
            seen += page.Items.Count;
            probe.Sample();
            if (page.ContinuationToken is null)
            {
                probe.RecordLive();
            }
        }

        var allocated = probe.Allocated;

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
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {count:N0} | {allocated / (double)count:N0} B | {(allocated - handler) / (double)count:N0} B | {probe.HeapCells()}"));
        }
    }
}
