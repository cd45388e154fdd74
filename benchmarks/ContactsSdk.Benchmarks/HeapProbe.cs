using System.Diagnostics;
using System.Globalization;

namespace ContactsSdk.Benchmarks;

/// <summary>
/// The memory measurements the console modes share: starts from a collected heap, samples the managed heap's high-water
/// mark (garbage included), the live heap after a full collection, the bytes allocated since the start, and the table
/// rows they print for 10k / 100k / 1M items after a warm-up run.
/// </summary>
public sealed class HeapProbe
{
    private readonly long _before;
    private readonly long _allocatedBefore;

    private HeapProbe()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _before = GC.GetTotalMemory(forceFullCollection: true);
        _allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    }

    public long Peak { get; private set; }

    public long LiveAtEnd { get; private set; }

    public long Allocated => GC.GetTotalAllocatedBytes(precise: true) - _allocatedBefore;

    public static HeapProbe Start() => new();

    /// <summary>Prints the header, runs a warm-up (JIT, pipeline, pools), then each count.</summary>
    public static async Task RunTableAsync(string header, Func<int, bool, Task> measure)
    {
        Console.WriteLine(header);
        Console.WriteLine("|" + string.Concat(Enumerable.Repeat("---:|", header.Count(c => c == '|') - 1)));
        await measure(1_000, false);
        foreach (var count in new[] { 10_000, 100_000, 1_000_000 })
        {
            await measure(count, true);
        }
    }

    /// <summary>Samples the heap's high-water mark, garbage included.</summary>
    public void Sample() => Peak = Math.Max(Peak, GC.GetTotalMemory(forceFullCollection: false) - _before);

    /// <summary>Records what is still live after a full collection.</summary>
    public void RecordLive() => LiveAtEnd = GC.GetTotalMemory(forceFullCollection: true) - _before;

    /// <summary>The peak, live and working-set cells of a row.</summary>
    public string HeapCells()
    {
        using var process = Process.GetCurrentProcess();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Peak / 1024.0 / 1024:N1} MB | {LiveAtEnd / 1024.0:N0} KB | {process.WorkingSet64 / 1024.0 / 1024:N0} MB |");
    }
}
