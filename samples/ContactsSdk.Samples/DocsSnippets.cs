using System.Diagnostics;
using System.Diagnostics.Metrics;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Paging;
using ContactsSdk.Resilience;
using ContactsSdk.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Samples;

/// <summary>
/// The code shown in the docs/ pages, compiled. Each <c>#region</c> is cut into a page under a
/// <c>&lt;!-- snippet: name --&gt;</c> marker, and <c>ReadmeSnippetTests</c> checks that the two still match.
/// </summary>
public static class DocsSnippets
{
    /// <summary>Starts the three fakes and points one client at each (docs/testing.md).</summary>
    public static async Task<IReadOnlyCollection<string>> StartFakesAsync()
    {
        #region fake-setup
        using var claraFake = AgentClaraFake.Start();
        using var wixFake = WixFake.Start();
        using var ecwidFake = EcwidFake.Start();
        await using var clients = new ContactsClientBuilder()
            .Configure(sdk => sdk
                .AddAgentClara("clara", claraFake)   // the fake's address and key, no pacing, no retry back-off
                .AddWix("site", wixFake)             // its default API key and site
                .AddEcwid("shop", ecwidFake))        // its default store and token
            .Build();
        #endregion
        return clients.Names;
    }

    /// <summary>Seeds data into each fake without HTTP (docs/testing.md).</summary>
    public static (string Ada, string Grace, long Alan) Seed(AgentClaraFake claraFake, WixFake wixFake, EcwidFake ecwidFake)
    {
        #region fake-seeding
        var adaId = claraFake.SeedContact(
            "Ada Lovelace", "ada@example.com", "+15551234567", tags: ["vip"],
            customFields: new Dictionary<string, object?> { ["tier"] = "gold" });
        claraFake.SeedConversation(adaId, channel: "email", subject: "Order 42");

        var graceId = wixFake.SeedContact("Grace", "Hopper", email: "grace@example.com");

        var alanId = ecwidFake.SeedContact("alan@example.com", "Alan Turing");
        ecwidFake.SeedCustomerChannel(alanId, "WHATSAPP", "+15557654321");
        #endregion
        return (adaId, graceId, alanId);
    }

    /// <summary>Asserts on what reached the fake (docs/testing.md).</summary>
    public static async Task<IReadOnlyList<FakeRequest>> ReadJournalAsync(AgentClaraFake claraFake, IContactsClient clara, string adaId)
    {
        #region fake-journal
        claraFake.ClearJournal();
        await clara.AddTagsAsync(adaId, ["newsletter"]);

        var writes = claraFake.Journal.Where(request => request.Method == "PATCH").ToList();
        // One read-modify-write: GET /contacts/{id}, then one PATCH /contacts/{id} whose Body holds the whole "tags" array.
        #endregion
        return writes;
    }

    /// <summary>Injects each kind of fault (docs/testing.md).</summary>
    public static void InjectFaults(AgentClaraFake claraFake)
    {
        #region fake-faults
        claraFake.FailNext(1, 503);                                                  // any request: 503 with AgentClara's error body
        claraFake.FailNext(2, 429, method: "GET", retryAfter: TimeSpan.FromSeconds(3)); // two GETs: 429 + Retry-After: 3
        claraFake.DelayNext(1, TimeSpan.FromSeconds(2), pathPrefix: "/contacts");    // held 2 s on the fake's clock, then handled
        claraFake.MalformNext(1, method: "GET");                                     // 200 with a cut-off JSON body
        claraFake.DropNext(1, method: "DELETE");                                     // connection aborted, nothing applied
        claraFake.ApplyThenFailNext(1, 500, method: "POST");                         // stored, then answered 500
        claraFake.AnswerThenApplyLaterNext(1, TimeSpan.FromMilliseconds(400), 504, "POST"); // 504 now, stored 400 ms later
        #endregion
        claraFake.Reset();
    }

    /// <summary>Drives the client's retry delays from a fake clock shared with the fake (docs/testing.md).</summary>
    public static async Task<Contact> RunOnAFakeClockAsync(CancellationToken cancellationToken)
    {
        #region fake-clock
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var fake = AgentClaraFake.Start(new AgentClaraFakeOptions { TimeProvider = clock });
        var adaId = fake.SeedContact("Ada Lovelace");
        await using var clients = new ContactsClientBuilder()
            .Configure(sdk => sdk.AddAgentClara("clara", fake))   // the clients run on the fake's clock too
            .Build();

        fake.FailNext(1, 429, method: "GET", retryAfter: TimeSpan.FromSeconds(20));
        var get = clients.Get("clara").GetAsync(adaId, cancellationToken);   // waits 20 s for Retry-After …
        while (!get.IsCompleted)
        {
            clock.Advance(TimeSpan.FromSeconds(5));                            // … of fake time
            await Task.Delay(5, cancellationToken);                             // let the HTTP round trip run
        }

        var ada = await get;
        #endregion
        return ada;
    }

    /// <summary>Builds a pageable from fixed pages for code that consumes listings (docs/testing.md).</summary>
    public static async Task<int> CountFromFixedPagesAsync()
    {
        #region fake-pageable
        var ada = new Contact { Id = "cust_ada", Vendor = ContactsVendor.AgentClara, Name = PersonName.FromFull("Ada Lovelace") };
        var grace = new Contact { Id = "cust_grace", Vendor = ContactsVendor.AgentClara, Name = PersonName.FromFull("Grace Hopper") };
        var listing = Pageable.FromPages(
        [
            new Page<Contact>([ada], ContinuationToken: "page-2"),
            new Page<Contact>([grace], ContinuationToken: null),
        ]);

        var names = new List<string?>();
        await foreach (var contact in listing)
        {
            names.Add(contact.Name.Full);   // "Ada Lovelace", "Grace Hopper"
        }
        #endregion
        return names.Count;
    }

    /// <summary>Tunes the resilience pipeline of one client (docs/resilience.md).</summary>
    public static void ConfigureResilience(IServiceCollection services, string apiKey, string siteId)
    {
        #region configure-resilience
        services.AddContactsSdk().AddWix("site", options =>
        {
            options.ApiKey = apiKey;
            options.SiteId = siteId;
            options.Resilience.MaxRetryAttempts = 5;
            options.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(500);
            options.Resilience.TotalTimeout = TimeSpan.FromMinutes(1);
            options.Resilience.Quotas = [new ContactsQuota(100, TimeSpan.FromMinutes(1))];   // half the site's quota for this app
            options.Resilience.MaxQuotaWait = TimeSpan.FromSeconds(5);
        });
        #endregion
    }

    /// <summary>Tells a client-side quota rejection from a vendor's 429 (docs/resilience.md).</summary>
    public static async Task<bool> TryCreateAsync(IContactsClient contacts, ContactDraft draft, Queue<ContactDraft> later)
    {
        #region quota-rejection
        try
        {
            await contacts.CreateAsync(draft);
            return true;
        }
        catch (ContactsRateLimitedException ex) when (ex.VendorErrorCode == "client_quota")
        {
            // Not sent: the pacer would have waited longer than MaxQuotaWait. ex.RetryAfter says how long.
            later.Enqueue(draft);
            return false;
        }
        #endregion
    }

    /// <summary>Sends the SDK's logs to the console, one line per request (docs/diagnostics.md).</summary>
    public static async Task<Contact> GetWithConsoleLogsAsync(string apiKey, string contactId)
    {
        #region diagnostics-logging
        using var loggerFactory = LoggerFactory.Create(logging => logging
            .AddConsole()
            .AddFilter("ContactsSdk", LogLevel.Debug));   // Debug: every request; Information: retries; Warning: failures
        await using var clients = new ContactsClientBuilder()
            .WithLoggerFactory(loggerFactory)
            .Configure(sdk => sdk.AddAgentClara("clara", options => options.ApiKey = apiKey))
            .Build();
        var contact = await clients.Get("clara").GetAsync(contactId);
        // Logged: "AgentClara GET /contacts/cust_… answered 200 in 41 ms" (event 1, Debug)
        #endregion
        return contact;
    }

    /// <summary>Listens to the SDK's spans and measurements without OpenTelemetry, e.g. in a test (docs/diagnostics.md).</summary>
    public static IDisposable[] Listen(TextWriter output)
    {
        #region diagnostics-listeners
        var spans = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "ContactsSdk",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span => output.WriteLine($"{span.OperationName}: {span.GetTagItem("contactssdk.outcome")} in {span.Duration.TotalMilliseconds:F0} ms"),
        };
        ActivitySource.AddActivityListener(spans);

        var measurements = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "ContactsSdk")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        measurements.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            output.WriteLine($"{instrument.Name} +{value} [{string.Join(", ", tags.ToArray().Select(tag => $"{tag.Key}={tag.Value}"))}]"));
        measurements.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
            output.WriteLine($"{instrument.Name} {value:F3} [{string.Join(", ", tags.ToArray().Select(tag => $"{tag.Key}={tag.Value}"))}]"));
        measurements.Start();
        #endregion
        return [spans, measurements];
    }
}
