using System.Net.Http.Headers;
using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;

namespace ContactsSdk.Benchmarks;

/// <summary>
/// One Get and one 100-contact list page through the DI-built facade (auth, logging and resilience handlers, Refit,
/// mapping to <see cref="Contact"/>) against a hand-written HttpClient + source-generated JSON into wire records.
/// Both use the same in-memory handler and the same canned bodies.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AgentClaraPerCallBenchmarks
{
    private static readonly byte[] Page = Payloads.AgentClaraPage(0, 100, 10_000);
    private static readonly ContactQuery Query = new() { PageSizeHint = 100 };

    private ServiceProvider _services = null!;
    private IContactsClient _facade = null!;
    private HttpClient _http = null!;
    private ServiceProvider _peerServices = null!;
    private IAgentClaraPeerApi _peer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var handler = new InMemoryHandler(request => InMemoryHandler.JsonResponse(
            request.RequestUri!.AbsolutePath == "/contacts" ? Page : Payloads.AgentClaraContact));
        (_services, _facade) = Clients.AgentClara(handler);
        (_peerServices, _peer) = Peers.AgentClara(handler);
        _http = new HttpClient(handler, disposeHandler: false) { BaseAddress = Clients.AgentClaraBase };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk_test_bench");
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _services.Dispose();
        _peerServices.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Get")]
    public async Task<Contact> Get_Peer()
        => PeerMapping.ToContact((await _peer.GetContactAsync("cust_00000001")).Data!);

    [Benchmark(Baseline = true), BenchmarkCategory("ListPage100")]
    public async Task<int> ListPage_Peer()
    {
        var envelope = await _peer.ListContactsAsync(100, 0, "created");
        var contacts = new List<Contact>(envelope.Data!.Count);
        foreach (var wire in envelope.Data)
        {
            contacts.Add(PeerMapping.ToContact(wire));
        }

        return contacts.Count;
    }

    [Benchmark, BenchmarkCategory("Get")]
    public async Task<AgentClaraContactWire?> Get_HandWritten()
        => (await _http.GetFromJsonAsync("contacts/cust_00000001", AgentClaraBaselineJsonContext.Default.AgentClaraEnvelopeAgentClaraContactWire))?.Data;

    /// <summary>The baseline plus the same mapping to <see cref="Contact"/> the SDK does: what is left of the gap is the pipeline.</summary>
    [Benchmark, BenchmarkCategory("Get")]
    public async Task<Contact> Get_HandWrittenMapped()
        => PeerMapping.ToContact((await _http.GetFromJsonAsync("contacts/cust_00000001", AgentClaraBaselineJsonContext.Default.AgentClaraEnvelopeAgentClaraContactWire))!.Data!);

    [Benchmark, BenchmarkCategory("Get")]
    public Task<Contact> Get_Facade() => _facade.GetAsync("cust_00000001");

    [Benchmark, BenchmarkCategory("ListPage100")]
    public async Task<int> ListPage_HandWritten()
    {
        var envelope = await _http.GetFromJsonAsync(
            "contacts?limit=100&offset=0&sort=created", AgentClaraBaselineJsonContext.Default.AgentClaraEnvelopeListAgentClaraContactWire);
        return envelope!.Data!.Count;
    }

    [Benchmark, BenchmarkCategory("ListPage100")]
    public async Task<int> ListPage_HandWrittenMapped()
    {
        var envelope = await _http.GetFromJsonAsync(
            "contacts?limit=100&offset=0&sort=created", AgentClaraBaselineJsonContext.Default.AgentClaraEnvelopeListAgentClaraContactWire);
        var contacts = new List<Contact>(envelope!.Data!.Count);
        foreach (var wire in envelope.Data)
        {
            contacts.Add(PeerMapping.ToContact(wire));
        }

        return contacts.Count;
    }

    [Benchmark, BenchmarkCategory("ListPage100")]
    public async Task<int> ListPage_Facade()
    {
        await foreach (var page in _facade.ListAsync(Query).AsPages())
        {
            return page.Items.Count;
        }

        return 0;
    }
}

/// <summary>The same comparison for Ecwid (camelCase, its own date format, contacts and billing person per customer).</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EcwidPerCallBenchmarks
{
    private static readonly byte[] Page = Payloads.EcwidPage(0, 100, 10_000);
    private static readonly ContactQuery Query = new() { PageSizeHint = 100 };

    private ServiceProvider _services = null!;
    private IContactsClient _facade = null!;
    private HttpClient _http = null!;
    private ServiceProvider _peerServices = null!;
    private IEcwidPeerApi _peer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var handler = new InMemoryHandler(request => InMemoryHandler.JsonResponse(
            request.RequestUri!.AbsolutePath.EndsWith("/customers", StringComparison.Ordinal) ? Page : Payloads.EcwidCustomer));
        (_services, _facade) = Clients.Ecwid(handler);
        (_peerServices, _peer) = Peers.Ecwid(handler);
        _http = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri(Clients.EcwidBase, "42/") };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "secret_bench");
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _services.Dispose();
        _peerServices.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Get")]
    public async Task<Contact> Get_Peer() => PeerMapping.ToContact(await _peer.GetCustomerAsync(277137633));

    [Benchmark(Baseline = true), BenchmarkCategory("ListPage100")]
    public async Task<int> ListPage_Peer()
    {
        var result = await _peer.SearchCustomersAsync("REGISTERED_DATE_ASC", 0, 100);
        var contacts = new List<Contact>(result.Items!.Count);
        foreach (var wire in result.Items)
        {
            contacts.Add(PeerMapping.ToContact(wire));
        }

        return contacts.Count;
    }

    [Benchmark, BenchmarkCategory("Get")]
    public Task<EcwidCustomerWire?> Get_HandWritten()
        => _http.GetFromJsonAsync("customers/277137633", EcwidBaselineJsonContext.Default.EcwidCustomerWire);

    [Benchmark, BenchmarkCategory("Get")]
    public Task<Contact> Get_Facade() => _facade.GetAsync("277137633");

    [Benchmark, BenchmarkCategory("ListPage100")]
    public async Task<int> ListPage_HandWritten()
    {
        var result = await _http.GetFromJsonAsync(
            "customers?sortBy=REGISTERED_DATE_ASC&offset=0&limit=100", EcwidBaselineJsonContext.Default.EcwidSearchResultEcwidCustomerWire);
        return result!.Items!.Count;
    }

    [Benchmark, BenchmarkCategory("ListPage100")]
    public async Task<int> ListPage_Facade()
    {
        await foreach (var page in _facade.ListAsync(Query).AsPages())
        {
            return page.Items.Count;
        }

        return 0;
    }
}

/// <summary>
/// The same comparison for Wix (API key + site id; the contact carries a label, so the facade names it through the
/// label directory, which it reads once and caches; the baseline stops at label keys).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WixPerCallBenchmarks
{
    private static readonly byte[] Page = Payloads.WixPage(0, 100, 10_000);
    private static readonly byte[] QueryBody =
        """{"query":{"sort":[{"fieldName":"createdDate","order":"DESC"}],"paging":{"limit":100,"offset":0}}}"""u8.ToArray();

    private static readonly ContactQuery Query = new() { PageSizeHint = 100 };
    private static readonly WixQueryRequest WixPeerQuery = new(new WixQuery([new WixSort("createdDate", "DESC")], new WixPaging(100, 0)));

    // The label directory the peer read once (Payloads.WixLabels), as the facade caches its own.
    private static readonly Dictionary<string, string> WixLabelNames = new(StringComparer.Ordinal) { ["custom.vip"] = "vip" };

    private ServiceProvider _services = null!;
    private IContactsClient _facade = null!;
    private HttpClient _http = null!;
    private ServiceProvider _peerServices = null!;
    private IWixPeerApi _peer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var handler = new InMemoryHandler(request => InMemoryHandler.JsonResponse(request.RequestUri!.AbsolutePath switch
        {
            "/contacts/v4/contacts/query" => Page,
            "/contacts/v4/labels/query" => Payloads.WixLabels,
            "/contacts/v4/extended-fields/query" => Payloads.WixNoFields,
            _ => Payloads.WixContact,
        }));
        (_services, _facade) = Clients.Wix(handler);
        (_peerServices, _peer) = Peers.Wix(handler);
        _http = new HttpClient(handler, disposeHandler: false) { BaseAddress = Clients.WixBase };
        _http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "wix-api-key-bench");
        _http.DefaultRequestHeaders.TryAddWithoutValidation("wix-site-id", "1f0b6a2c-0c4d-4a4e-9a57-0d1b7b1c0a11");
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _services.Dispose();
        _peerServices.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Get")]
    public async Task<Contact> Get_Peer()
        => PeerMapping.ToContact((await _peer.GetContactAsync(Payloads.WixContactId)).Contact!, WixLabelNames);

    [Benchmark(Baseline = true), BenchmarkCategory("ListPage100")]
    public async Task<int> ListPage_Peer()
    {
        var page = await _peer.QueryContactsAsync(WixPeerQuery);
        var contacts = new List<Contact>(page.Contacts!.Count);
        foreach (var wire in page.Contacts)
        {
            contacts.Add(PeerMapping.ToContact(wire, WixLabelNames));
        }

        return contacts.Count;
    }

    [Benchmark, BenchmarkCategory("Get")]
    public async Task<WixContactWire?> Get_HandWritten()
        => (await _http.GetFromJsonAsync("contacts/v4/contacts/" + Payloads.WixContactId, WixBaselineJsonContext.Default.WixContactEnvelope))?.Contact;

    [Benchmark, BenchmarkCategory("Get")]
    public Task<Contact> Get_Facade() => _facade.GetAsync(Payloads.WixContactId);

    [Benchmark, BenchmarkCategory("ListPage100")]
    public async Task<int> ListPage_HandWritten()
    {
        using var content = new ByteArrayContent(QueryBody);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _http.PostAsync("contacts/v4/contacts/query", content);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync(WixBaselineJsonContext.Default.WixContactsPage);
        return page!.Contacts!.Count;
    }

    [Benchmark, BenchmarkCategory("ListPage100")]
    public async Task<int> ListPage_Facade()
    {
        await foreach (var page in _facade.ListAsync(Query).AsPages())
        {
            return page.Items.Count;
        }

        return 0;
    }
}
