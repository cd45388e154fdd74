using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Web;
using ContactsSdk.Resilience;
using ContactsSdk.Sync;

namespace ContactsSdk.Benchmarks;

/// <summary>
/// <c>-- sync [count] [concurrency]</c>: a full <see cref="ContactsSync"/> of <c>count</c> contacts from one AgentClara
/// account (an in-memory listing, no quota) into another whose in-memory vendor enforces a scaled quota in real time
/// (<see cref="Permits"/> requests in any sliding 1-s window, else 429, after 10 ms of latency), with the target client told
/// the same quota. Each new contact costs the target two requests (the email lookup, the create). Then a second run, which
/// must send the target nothing. Prints a Markdown row per run, and the managed heap after each (links are the only state
/// that grows with N: they live in the in-memory state store).
/// </summary>
public static class SyncThroughput
{
    public const int Permits = 5_000;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(10);

    public static async Task RunAsync(int count, int concurrency)
    {
        var source = new InMemoryHandler(request => SourceAnswer(request, count));
        var target = new QuotaTarget(Permits, Window, Latency);
        var (sourceServices, sourceClient) = Clients.AgentClara(source, apiKey: "sk_test_source_" + Guid.NewGuid().ToString("N"));
        var (targetServices, targetClient) = Clients.AgentClara(
            target,
            resilience =>
            {
                resilience.PaceRequests = true;
                resilience.Quotas = [new ContactsQuota(Permits, Window)];
            },
            apiKey: "sk_test_target_" + Guid.NewGuid().ToString("N"));
        await using var _ = sourceServices;
        await using var __ = targetServices;
        var sync = new ContactsSync(sourceClient, targetClient, new InMemorySyncStateStore(), new ContactsSyncOptions
        {
            MaxConcurrency = concurrency,
            MarkerTag = "synced",
            MaxReportedItems = 100,
        });

        Console.WriteLine("| Run | Contacts | Concurrency | Quota | Wall time | Target requests | Achieved rate | Fraction of quota | 429s | Created | Unchanged | Failed | Heap after |");
        Console.WriteLine("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var run in new[] { "first", "second" })
        {
            target.Quota.Reset();
            var stopwatch = Stopwatch.StartNew();
            var result = await sync.RunAsync();
            stopwatch.Stop();
            var rate = target.Quota.Rate;
            var heap = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {run} | {count} | {concurrency} | {Permits} per {Window.TotalSeconds:0} s | {stopwatch.Elapsed.TotalSeconds:0.00} s | {target.Quota.Requests} | {rate:0.0} req/s | {rate / (Permits / Window.TotalSeconds):0.000} | {target.Quota.Rejected} | {result.Created} | {result.Unchanged} | {result.Failed} | {heap:0.0} MB |"));
        }
    }

    // The source lists `count` contacts, 100 a page, each with its own email and a custom field (so no per-contact read).
    private static HttpResponseMessage SourceAnswer(HttpRequestMessage request, int count)
    {
        var query = HttpUtility.ParseQueryString(request.RequestUri!.Query);
        var offset = int.Parse(query["offset"] ?? "0", CultureInfo.InvariantCulture);
        var limit = int.Parse(query["limit"] ?? "100", CultureInfo.InvariantCulture);
        var items = Enumerable.Range(offset, Math.Max(0, Math.Min(limit, count - offset))).Select(ContactJson);
        return Json(Page(items, offset, limit, count));
    }

    private static string ContactJson(int n)
        => string.Create(CultureInfo.InvariantCulture,
            $$"""{"id":"cust_{{n + 1:x8}}","name":"Person {{n}}","email":"person{{n}}@example.com","phone":"+1555{{n:0000000}}","tags":["customer"],"custom_fields":{"tier":"gold"},"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-02T00:00:00Z"}""");

    private static string Page(IEnumerable<string> items, int offset, int limit, int total)
        => string.Create(CultureInfo.InvariantCulture,
            $$$"""{"success":true,"data":[{{{string.Join(',', items)}}}],"pagination":{"limit":{{{limit}}},"offset":{{{offset}}},"total":{{{total}}},"has_more":{{{(offset + limit < total ? "true" : "false")}}}}}""");

    private static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK)
        => InMemoryHandler.JsonResponse(Encoding.UTF8.GetBytes(body), status);

    /// <summary>The target vendor: empty email lookups, creates that echo an id, and a sliding-window quota that answers 429.</summary>
    private sealed class QuotaTarget(int permits, TimeSpan window, TimeSpan latency) : HttpMessageHandler
    {
        private int _created;

        public SlidingWindowQuota Quota { get; } = new(permits, window);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var allowed = Quota.Admit();
            await Task.Delay(latency, cancellationToken);
            var response = !allowed
                ? Json("""{"success":false,"error":"Rate limited","code":"rate_limited"}""", HttpStatusCode.TooManyRequests)
                : request.Method == HttpMethod.Post
                    ? Json(Created(Interlocked.Increment(ref _created)), HttpStatusCode.Created)
                    : Json(Page([], 0, 100, 0));
            response.RequestMessage = request;
            return response;
        }

        private static string Created(int n)
            => string.Create(CultureInfo.InvariantCulture,
                $$$"""{"success":true,"data":{"id":"cust_t{{{n:x8}}}","name":"Created {{{n}}}","email":"created{{{n}}}@example.com","tags":[],"custom_fields":{},"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}}""");
    }
}
