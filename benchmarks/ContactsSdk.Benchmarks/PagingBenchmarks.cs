using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace ContactsSdk.Benchmarks;

/// <summary>
/// Iterates a whole AgentClara listing, pages of 100 generated on the fly by the handler (pagination block included).
/// Allocated ÷ Count is the cost per contact; <see cref="HandlerOnly"/> is what the handler's page generation allocates,
/// to subtract.
/// </summary>
[MemoryDiagnoser]
public class PagingBenchmarks
{
    private ServiceProvider _services = null!;
    private IContactsClient _facade = null!;

    [Params(10_000, 100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup() => (_services, _facade) = Clients.AgentClara(PagingHandler.AgentClara(Count));

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    /// <summary>The handler's own share: the same pages generated and wrapped in responses, with no client. Subtract it.</summary>
    [Benchmark(Baseline = true)]
    public int HandlerOnly()
    {
        var bytes = 0;
        for (var offset = 0; offset < Count; offset += 100)
        {
            using var response = InMemoryHandler.JsonResponse(Payloads.AgentClaraPage(offset, 100, Count));
            bytes += (int)response.Content.Headers.ContentLength!.Value;
        }

        return bytes;
    }

    [Benchmark]
    public async Task<int> ListAll()
    {
        var n = 0;
        await foreach (var contact in _facade.ListAsync(new ContactQuery { PageSizeHint = 100 }))
        {
            n++;
        }

        return n;
    }
}

/// <summary>Serves <c>GET /contacts?limit&amp;offset</c> pages of a listing of <c>total</c> contacts, written per request.</summary>
public static class PagingHandler
{
    public static InMemoryHandler AgentClara(int total) => new(request =>
    {
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query);
        var limit = int.Parse(query["limit"] ?? "25", CultureInfo.InvariantCulture);
        var offset = int.Parse(query["offset"] ?? "0", CultureInfo.InvariantCulture);
        return InMemoryHandler.JsonResponse(Payloads.AgentClaraPage(offset, limit, total));
    });
}
