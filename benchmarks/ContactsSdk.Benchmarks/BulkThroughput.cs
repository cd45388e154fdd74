using System.Diagnostics;
using System.Globalization;
using System.Net;
using ContactsSdk.Errors;
using ContactsSdk.Resilience;

namespace ContactsSdk.Benchmarks;

/// <summary>
/// <c>-- bulk [count] [concurrency]</c>: creates contacts through the AgentClara facade with pacing on, against an
/// in-memory handler that enforces a scaled quota in real time (100 requests in any sliding 1-s window, else 429) and
/// answers after a simulated 20 ms of latency. The client is told the same quota through <c>Resilience.Quotas</c>.
/// </summary>
public static class BulkThroughput
{
    private const int Permits = 100;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(20);

    public static async Task RunAsync(int count, int concurrency)
    {
        var vendor = new QuotaEnforcingHandler(Permits, Window, Latency);
        var (services, client) = Clients.AgentClara(
            vendor,
            resilience =>
            {
                resilience.PaceRequests = true;
                resilience.Quotas = [new ContactsQuota(Permits, Window)];
            },
            apiKey: "sk_test_bulk_" + Guid.NewGuid().ToString("N"));
        await using var _ = services;

        var failures = 0;
        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            try
            {
                await client.CreateAsync(new ContactDraft { Name = PersonName.FromFull($"Bulk {i}"), Tags = ["bulk"] }, ct);
            }
            catch (ContactsException)
            {
                Interlocked.Increment(ref failures);
            }
        });
        stopwatch.Stop();

        // The handler's timestamps: first arrival to last arrival spans count - 1 intervals.
        var span = vendor.LastArrival - vendor.FirstArrival;
        var rate = (vendor.Requests - 1) / span.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            | Creates | Concurrency | Quota | Wall time | Requests seen | Achieved rate | Fraction of quota | 429s | Failed calls |
            |---:|---:|---|---:|---:|---:|---:|---:|---:|
            | {count} | {concurrency} | {Permits} per {Window.TotalSeconds:0} s | {stopwatch.Elapsed.TotalSeconds:0.00} s | {vendor.Requests} | {rate:0.0} req/s | {rate / (Permits / Window.TotalSeconds):0.000} | {vendor.Rejected} | {failures} |
            """));
    }

    /// <summary>A vendor that counts arrivals in a sliding window and answers 429 past the quota.</summary>
    private sealed class QuotaEnforcingHandler(int permits, TimeSpan window, TimeSpan latency) : HttpMessageHandler
    {
        private readonly SlidingWindowQuota _quota = new(permits, window);

        public int Requests => _quota.Requests;

        public int Rejected => _quota.Rejected;

        public TimeSpan FirstArrival => _quota.FirstArrival;

        public TimeSpan LastArrival => _quota.LastArrival;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var allowed = _quota.Admit();
            await Task.Delay(latency, cancellationToken);
            var response = allowed
                ? InMemoryHandler.JsonResponse(Payloads.AgentClaraCreated, HttpStatusCode.Created)
                : InMemoryHandler.JsonResponse(
                    """{"success":false,"error":"Rate limited","code":"rate_limited"}"""u8.ToArray(), HttpStatusCode.TooManyRequests);
            response.RequestMessage = request;
            return response;
        }
    }
}
