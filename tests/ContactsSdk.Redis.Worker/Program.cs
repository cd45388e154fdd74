using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using ContactsSdk;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Redis;
using ContactsSdk.Redis.Worker;
using ContactsSdk.Resilience;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

// One app instance of the cross-process proof (tests/ContactsSdk.Redis.Tests/CrossProcessTests.cs): an AgentClara client
// on one key, with or without Redis, that loads a quota-enforcing fake and adds distinct tags to shared contacts.
var options = WorkerOptions.Parse(args);
var report = new WorkerReport { Id = options.Id };
using var fallbacks = CountFallbacks(report);

// Connected before the load starts, as an app connects at start-up; the package's own settings for a connection string
// (keep reconnecting, fail fast while disconnected) are set here too, so a Redis restart behaves the same.
using var redis = options.Redis is { } connectionString ? await ConnectAsync(connectionString) : null;
await using var clients = new ContactsClientBuilder().Configure(sdk => Register(sdk, options, redis)).Build();
if (options.Mode == "stall")
{
    await clients.Get("tags").AddTagsAsync(options.Contacts[0], ["stalled-" + options.Id]);
    return 1;
}

// Warmed up like an app that has served a request: code paths compiled, connections open (one paced call each).
await WarmUpAsync(clients, options);
Console.WriteLine("STARTED");

// Every worker starts its load at the same moment: the test sends GO once all of them are up.
Console.ReadLine();
await Task.WhenAll(QuotaLoadAsync(clients.Get("quota"), options, report), AddTagsAsync(clients.Get("tags"), options, report));
Console.WriteLine("REPORT " + JsonSerializer.Serialize(report, ReportJson.Options));
return 0;

static async Task<IConnectionMultiplexer> ConnectAsync(string connectionString)
{
    var configuration = ConfigurationOptions.Parse(connectionString);
    configuration.AbortOnConnectFail = false;
    configuration.BacklogPolicy = BacklogPolicy.FailFast;
    configuration.ConnectTimeout = configuration.SyncTimeout = configuration.AsyncTimeout = 1000;
    return await ConnectionMultiplexer.ConnectAsync(configuration);
}

static void Register(ContactsSdkBuilder sdk, WorkerOptions options, IConnectionMultiplexer? redis)
{
    // The quota client: paced to AgentClara's published quota, and no retry, so a 429 the vendor sends is seen and counted.
    sdk.AddAgentClara("quota", o =>
    {
        o.ApiKey = options.ApiKey;
        o.BaseAddress = options.QuotaUrl ?? new Uri("http://127.0.0.1:9/");
        o.Resilience.MaxRetryAttempts = 0;
    });

    // The tag client: its fake enforces no quota, so it is not paced; only the write lock matters here.
    sdk.AddAgentClara("tags", o =>
    {
        o.ApiKey = options.ApiKey;
        o.BaseAddress = options.TagsUrl ?? new Uri("http://127.0.0.1:9/");
        o.Resilience.PaceRequests = false;
    });
    if (redis is not null)
    {
        sdk.UseRedis(redis, o =>
        {
            o.WriteLockLease = options.Lease;
            o.QuotaWhenUnavailable = options.WhenUnavailable;
            o.WriteLockWhenUnavailable = options.WhenUnavailable;
        });
    }

    if (options.Mode == "stall")
    {
        var redisLocks = sdk.Services.Last(service => service.ServiceType == typeof(IContactWriteLockProvider)).ImplementationFactory!;
        sdk.UseContactWriteLocks(services => new StallingLocks((IContactWriteLockProvider)redisLocks(services)));
    }
}

static async Task WarmUpAsync(ContactsClients clients, WorkerOptions options)
{
    if (options.QuotaUrl is not null && options.QuotaSeconds > 0)
    {
        await clients.Get("quota").TryGetAsync("cust_warmup");
    }

    if (options.TagsUrl is not null && options.Contacts.Count > 0)
    {
        await clients.Get("tags").GetAsync(options.Contacts[0]);
    }
}

static async Task QuotaLoadAsync(IContactsClient client, WorkerOptions options, WorkerReport report)
{
    if (options.QuotaUrl is null || options.QuotaSeconds <= 0)
    {
        return;
    }

    var until = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, options.QuotaConcurrency).Select(async _ =>
    {
        while (until.Elapsed.TotalSeconds < options.QuotaSeconds)
        {
            var call = Stopwatch.StartNew();
            try
            {
                await client.TryGetAsync("cust_missing");
                report.Record(r => r.Successes.Add(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            }
            catch (ContactsRateLimitedException limited) when (limited.StatusCode == 429)
            {
                report.Record(r => r.VendorRateLimited++);
            }
            catch (ContactsRateLimitedException)
            {
                report.Record(r => r.PacerRefused++);
            }
            catch (ContactsUnavailableException unavailable) when (unavailable.StatusCode is null)
            {
                report.Record(r => r.Unavailable.Add(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            }
            catch (ContactsException other)
            {
                report.Record(r => Note(r, other));
            }

            report.Record(r => r.MaxCallMilliseconds = Math.Max(r.MaxCallMilliseconds, call.Elapsed.TotalMilliseconds));
        }
    }));
}

static async Task AddTagsAsync(IContactsClient client, WorkerOptions options, WorkerReport report)
{
    if (options.TagsUrl is null || options.Tags <= 0)
    {
        return;
    }

    await Task.WhenAll(Enumerable.Range(0, options.Tags).Select(async i =>
    {
        try
        {
            await client.AddTagsAsync(options.Contacts[i % options.Contacts.Count], [$"{options.Id}-tag-{i}"]);
            report.Record(r => r.TagsAdded++);
        }
        catch (ContactsException failure)
        {
            report.Record(r =>
            {
                r.TagFailures++;
                Note(r, failure);
            });
        }
    }));
}

static void Note(WorkerReport report, ContactsException failure)
{
    report.OtherErrors++;
    if (report.ErrorSamples.Count < 5)
    {
        report.ErrorSamples.Add($"{failure.GetType().Name} {failure.StatusCode}: {failure.Message}");
    }
}

static MeterListener CountFallbacks(WorkerReport report)
{
    var listener = new MeterListener
    {
        InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "ContactsSdk.Redis")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        },
    };
    listener.SetMeasurementEventCallback<long>((_, value, _, _) => report.Record(r => r.RedisFallbacks += value));
    listener.Start();
    return listener;
}
