using System.Globalization;
using BenchmarkDotNet.Running;
using ContactsSdk.Benchmarks;

// `-- paging` and `-- bulk [count] [concurrency]` are plain console measurements; anything else goes to BenchmarkDotNet.
switch (args.FirstOrDefault())
{
    case "allocs":
        await AllocProbe.RunAsync(args[1]);
        break;
    case "paging":
        await PagingMemory.RunAsync();
        break;
    case "changes":
        await ChangeFeedMemory.RunAsync();
        break;
    case "bulk":
        await BulkThroughput.RunAsync(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 600,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 8);
        break;
    case "sync":
        await SyncThroughput.RunAsync(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 16);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Payloads).Assembly).Run(args);
        break;
}
