using System.Diagnostics;
using ContactsSdk.Errors;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Adversarial;

/// <summary>
/// Issue 12 items 1-5 as a hostile reviewer varies them against a scripted loopback server: every redirect status on reads
/// and writes, hostile <c>Retry-After</c> values, error bodies that trickle, odd statuses, duplicate keys spelled with
/// escapes or hidden in free-form objects, mis-shaped contacts. Each ends in the exception family, quickly.
/// Timeouts are short so the few wall-clock probes stay well under a second or two.
/// </summary>
[NonParallelizable]
public sealed class ResponseAdversarialTests
{
    private const string ValidContact = """{"success":true,"data":{"id":"cust_x1","name":"Ada Lovelace","email":"ada@example.com"}}""";

    private ScriptedServer _server = null!;

    [SetUp]
    public void StartServer() => _server = new ScriptedServer();

    [TearDown]
    public async Task StopServer() => await _server.DisposeAsync();

    // Item 3: no 3xx is followed, same origin or not, read or write, and none is retried as if it were transient.
    [TestCase(300)]
    [TestCase(301)]
    [TestCase(302)]
    [TestCase(303)]
    [TestCase(304)]
    [TestCase(305)]
    [TestCase(307)]
    [TestCase(308)]
    public async Task AnyRedirectStatus_SameOrigin_ReadAndWrite_IsAContactsExceptionAfterOneRequest(int status)
    {
        _server.Script = request => request.PathOnly.StartsWith("/moved", StringComparison.Ordinal)
            ? ScriptedAnswer.Json(ValidContact, request.Method == "POST" ? 201 : 200)
            : new ScriptedAnswer(status) { Headers = new Dictionary<string, string> { ["Location"] = new Uri(_server.BaseAddress, "/moved" + request.Path).ToString() } };
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress, r => r.MaxRetryAttempts = 2);
        var client = clients.Get(ScriptedClients.Name);

        var read = await Calls.CatchAsync(() => client.GetAsync(PublicClientMethods.AgentClaraId));
        var write = await Calls.CatchAsync(() => client.UpdateAsync(PublicClientMethods.AgentClaraId, new ContactPatch { Name = PersonName.FromFull("Ada") }));

        Assert.That(read, Is.InstanceOf<ContactsException>(), read?.ToString());
        Assert.That(write, Is.InstanceOf<ContactsException>(), write?.ToString());
        Assert.That(((ContactsException)read!).IsTransient, Is.False, "a redirect is not a transient failure to retry");
        Assert.That(_server.Requests.Select(r => r.PathOnly), Has.None.StartWith("/moved"));
        Assert.That(_server.Requests, Has.Count.EqualTo(2), "one request per call");
    }

    // Item 9 of issue 11 and item 1 of issue 12 together: a 429 whose Retry-After is hostile never hangs the call or
    // escapes the family; a wait longer than the budget fails at once, as rate limited.
    [TestCase("99999999999999999999")]
    [TestCase("2147483648")]
    [TestCase("-1")]
    [TestCase("abc")]
    [TestCase("1.5")]
    [TestCase("Fri, 31 Dec 9999 23:59:59 GMT")]
    [TestCase("Mon, 01 Jan 0001 00:00:00 GMT")]
    public async Task RateLimited_HostileRetryAfter_EndsInTheFamilyQuickly(string retryAfter)
    {
        _server.Script = _ => new ScriptedAnswer(429, """{"success":false,"error":"slow down"}""") { Headers = new Dictionary<string, string> { ["Retry-After"] = retryAfter } };
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress, r =>
        {
            r.MaxRetryAttempts = 2;
            r.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            r.AttemptTimeout = TimeSpan.FromMilliseconds(500);
            r.TotalTimeout = TimeSpan.FromSeconds(1);
        });
        var watch = Stopwatch.StartNew();

        var thrown = await Calls.CatchAsync(() => clients.Get(ScriptedClients.Name).GetAsync(PublicClientMethods.AgentClaraId));

        Assert.That(thrown, Is.InstanceOf<ContactsException>(), thrown?.ToString());
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(4)));
        if (thrown is ContactsRateLimitedException limited)
        {
            Assert.That(limited.RetryAfter is null || limited.RetryAfter >= TimeSpan.Zero, Is.True, $"{limited.RetryAfter}");
        }
    }

    // Item 1 for error bodies: a 503 whose body trickles is cut by the attempt and total timeouts like a 200's.
    [Test]
    public async Task ServerError_BodyTrickles_IsCutByTheTimeouts()
    {
        _server.Script = _ => new ScriptedAnswer(503, """{"success":false,"error":"down for maintenance, back soon, really"}""") { Trickle = TimeSpan.FromMilliseconds(60) };
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress, r =>
        {
            r.MaxRetryAttempts = 2;
            r.RetryBaseDelay = TimeSpan.Zero;
            r.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            r.TotalTimeout = TimeSpan.FromMilliseconds(800);
        });
        var watch = Stopwatch.StartNew();

        var thrown = await Calls.CatchAsync(() => clients.Get(ScriptedClients.Name).GetAsync(PublicClientMethods.AgentClaraId));

        Assert.That(thrown, Is.InstanceOf<ContactsException>(), thrown?.ToString());
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
    }

    // Statuses no vendor documents still end in the family, on a read and a create.
    [TestCase(204)]
    [TestCase(206)]
    [TestCase(418)]
    [TestCase(451)]
    [TestCase(599)]
    public async Task UndocumentedStatus_EndsInTheFamily(int status)
    {
        _server.Script = _ => new ScriptedAnswer(status, status == 204 ? string.Empty : "teapot");
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress);
        var client = clients.Get(ScriptedClients.Name);

        var read = await Calls.CatchAsync(() => client.GetAsync(PublicClientMethods.AgentClaraId));
        var create = await Calls.CatchAsync(() => client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada Status") }));

        Assert.That(read, Is.InstanceOf<ContactsException>(), read?.ToString());
        Assert.That(create, Is.InstanceOf<ContactsException>(), create?.ToString());
    }

    // Item 5 with the duplicate spelled through an escape, and hidden in a free-form object (custom fields).
    [TestCase("""{"success":true,"data":{"id":"cust_x1","\u0069d":"cust_evil","name":"Ada"}}""")]
    [TestCase("""{"success":true,"data":{"id":"cust_x1","name":"Ada","custom_fields":{"tier":"gold","tier":"evil"}}}""")]
    [TestCase("""{"success":true,"data":{"id":"cust_x1","name":"Ada","tags":["a"],"tags":["b"]}}""")]
    public async Task DuplicateKeys_EscapedOrNested_AreRefused(string body)
    {
        _server.Script = _ => ScriptedAnswer.Json(body);
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress);

        var thrown = await Calls.CatchAsync(() => clients.Get(ScriptedClients.Name).GetAsync(PublicClientMethods.AgentClaraId));

        Assert.That(thrown, Is.InstanceOf<ContactsException>(), thrown?.ToString());
    }

    // Item 2 with an id a path could be built from: the contact is refused rather than handed back unusable.
    [TestCase("""{"success":true,"data":{"id":"   ","name":"Ada"}}""")]
    [TestCase("""{"success":true,"data":{"id":123,"name":"Ada"}}""")]
    [TestCase("""{"success":true,"data":{"id":["cust_x1"],"name":"Ada"}}""")]
    [TestCase("""{"success":true,"data":{"id":"cust_x1","name":"Ada","created_at":"yesterday"}}""")]
    [TestCase("""{"success":true,"data":{"id":"cust_x1","name":"Ada","tags":[null]}}""")]
    [TestCase("""{"success":true,"data":{"id":"cust_x1","name":"Ada","tags":"vip"}}""")]
    public async Task MisShapedContact_IsAContactsException(string body)
    {
        _server.Script = _ => ScriptedAnswer.Json(body);
        await using var clients = ScriptedClients.Build(ContactsVendor.AgentClara, _server.BaseAddress);

        var thrown = await Calls.CatchAsync(() => clients.Get(ScriptedClients.Name).GetAsync(PublicClientMethods.AgentClaraId));

        Assert.That(thrown, Is.InstanceOf<ContactsException>(), thrown?.ToString());
    }
}
