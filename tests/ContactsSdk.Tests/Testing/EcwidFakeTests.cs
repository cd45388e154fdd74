using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Testing;

/// <summary>EcwidFake over a raw HttpClient: the wire behaviour of spec §8, independent of our client.</summary>
[TestFixture]
public sealed partial class EcwidFakeTests : FakeFixture
{
    private const string Store = "api/v3/1003/";
    private static readonly DateTimeOffset Start = new(2025, 3, 28, 11, 7, 12, TimeSpan.Zero);

    private FakeTimeProvider _time = null!;
    private EcwidFake _fake = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public void StartFake()
    {
        _time = new FakeTimeProvider(Start);
        var fake = EcwidFake.Start(new EcwidFakeOptions { TimeProvider = _time });
        (_fake, _http) = Serve(fake, new Uri(fake.BaseAddress, "/"));
    }

    [Test]
    public async Task CreateCustomer_Valid_ReturnsIdAndAddsDefaultEmailContact()
    {
        var created = await SendAsync(HttpMethod.Post, "customers", """{"email":"ada@example.com","billingPerson":{"name":"Ada King Lovelace"},"name":"ignored","customerGroupName":"ignored"}""");
        var id = created.Json["id"]!.GetValue<long>();
        var customer = (await SendAsync(HttpMethod.Get, $"customers/{id}")).Json;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Status, Is.EqualTo(200));
            Assert.That(customer["email"]!.GetValue<string>(), Is.EqualTo("ada@example.com"));
            Assert.That(customer["name"]!.GetValue<string>(), Is.EqualTo("Ada King Lovelace"));
            Assert.That(customer["billingPerson"]!["firstName"]!.GetValue<string>(), Is.EqualTo("Ada"));
            Assert.That(customer["billingPerson"]!["lastName"]!.GetValue<string>(), Is.EqualTo("King Lovelace"));
            Assert.That(customer["registered"]!.GetValue<string>(), Is.EqualTo(Stamp(_time.GetUtcNow())));
            Assert.That(customer["customerGroupName"]!.GetValue<string>(), Is.EqualTo("General"));
            Assert.That(customer["b2b_b2c"]!.GetValue<string>(), Is.EqualTo("b2c"));
            var email = customer["contacts"]![0]!;
            Assert.That(email["type"]!.GetValue<string>(), Is.EqualTo("EMAIL"));
            Assert.That(email["contact"]!.GetValue<string>(), Is.EqualTo("ada@example.com"));
            Assert.That(email["default"]!.GetValue<bool>(), Is.True);
            Assert.That(email["orderBy"]!.GetValue<int>(), Is.Zero);
        }
    }

    [Test]
    public async Task CreateCustomer_DuplicateEmailAnyCase_Returns409()
    {
        _fake.SeedContact("ada@example.com");
        var reply = await SendAsync(HttpMethod.Post, "customers", """{"email":"ADA@example.com"}""");
        Assert.That(reply.Status, Is.EqualTo(409));
        Assert.That(reply.Json["errorCode"]!.GetValue<string>(), Is.EqualTo("EMAIL_ALREADY_EXISTS"));
        Assert.That(reply.Json["errorMessage"]!.GetValue<string>(), Does.Contain("already exists"));
    }

    [TestCase("{}", "email")]
    [TestCase("""{"email":"a@example.com","bogus":1}""", "bogus")]
    [TestCase("""{"email":"a@example.com","customerGroupId":77}""", "77")]
    public async Task CreateCustomer_BadBody_Returns400WrongParameter(string body, string mentioned)
    {
        var reply = await SendAsync(HttpMethod.Post, "customers", body);
        Assert.That(reply.Status, Is.EqualTo(400));
        Assert.That(reply.Json["errorCode"]!.GetValue<string>(), Is.EqualTo("WRONG_PARAMETER"));
        Assert.That(reply.Json["errorMessage"]!.GetValue<string>(), Does.Contain(mentioned));
    }

    [Test]
    public async Task UpdateCustomer_WithContactsArray_ReplacesThemWholesaleAndLosesOthers()
    {
        var id = _fake.SeedContact("ada@example.com", "Ada Lovelace");
        _fake.SeedCustomerChannel(id, "PHONE", "+15550001111");
        _fake.SeedCustomerChannel(id, "WHATSAPP", "+15550001111");

        // The pre-2025 way: send the customer's contacts as the caller last saw them (here: only the email).
        var reply = await SendAsync(HttpMethod.Put, $"customers/{id}", """{"contacts":[{"contact":"ada@example.com","type":"EMAIL","default":true}]}""");
        var contacts = (await SendAsync(HttpMethod.Get, $"customers/{id}/contacts")).Json["items"]!.AsArray();

        Assert.That(reply.Json["updateCount"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(contacts.Select(c => c!["type"]!.GetValue<string>()), Is.EqualTo(new[] { "EMAIL" }), "the old call lost the phone and WhatsApp contacts");
    }

    [Test]
    public async Task UpdateCustomer_PartialBody_KeepsOtherFieldsAndContacts()
    {
        var id = _fake.SeedContact("ada@example.com", "Ada Lovelace");
        _fake.SeedCustomerChannel(id, "PHONE", "+15550001111");
        _time.Advance(TimeSpan.FromMinutes(5));
        var expected = Stamp(_time.GetUtcNow());

        await SendAsync(HttpMethod.Put, $"customers/{id}", """{"billingPerson":{"name":"Ada Byron"},"acceptMarketing":true}""");
        var customer = (await SendAsync(HttpMethod.Get, $"customers/{id}")).Json;

        Assert.That(customer["name"]!.GetValue<string>(), Is.EqualTo("Ada Byron"));
        Assert.That(customer["acceptMarketing"]!.GetValue<bool>(), Is.True);
        Assert.That(customer["contacts"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(customer["updated"]!.GetValue<string>(), Is.EqualTo(expected));
    }

    [Test]
    public async Task CreateContact_FirstOfTypeIsDefault_NextGetsNextOrderBy_DefaultTrueMovesDefault()
    {
        var id = _fake.SeedContact("ada@example.com");
        var first = await SendAsync(HttpMethod.Post, $"customers/{id}/contacts", """{"contact":"+1555","type":"PHONE"}""");
        await SendAsync(HttpMethod.Post, $"customers/{id}/contacts", """{"contact":"+1666","type":"PHONE"}""");
        await SendAsync(HttpMethod.Post, $"customers/{id}/contacts", """{"contact":"+1777","type":"PHONE","default":true}""");

        var phones = (await SendAsync(HttpMethod.Get, $"customers/{id}/contacts")).Json["items"]!.AsArray()
            .Where(c => c!["type"]!.GetValue<string>() == "PHONE").ToList();

        Assert.That(first.Json.ToJsonString(), Is.EqualTo("""{"createCount":1}"""));
        Assert.That(phones.Select(p => p!["orderBy"]!.GetValue<int>()), Is.EqualTo(new[] { 0, 1, 2 }));
        Assert.That(phones.Select(p => p!["default"]!.GetValue<bool>()), Is.EqualTo(new[] { false, false, true }));
    }

    [Test]
    public async Task CreateContact_UnknownTypeOrMissingContact_Returns400()
    {
        var id = _fake.SeedContact("ada@example.com");
        var badType = await SendAsync(HttpMethod.Post, $"customers/{id}/contacts", """{"contact":"x","type":"SIGNAL"}""");
        var missing = await SendAsync(HttpMethod.Post, $"customers/{id}/contacts", """{"type":"PHONE"}""");
        _fake.AllowContactType("SIGNAL");
        var allowed = await SendAsync(HttpMethod.Post, $"customers/{id}/contacts", """{"contact":"x","type":"SIGNAL"}""");

        Assert.That(badType.Status, Is.EqualTo(400));
        Assert.That(missing.Status, Is.EqualTo(400));
        Assert.That(allowed.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task ContactEndpoints_UpdateGetDelete_FollowRules()
    {
        var id = _fake.SeedContact("ada@example.com");
        var phone = _fake.SeedCustomerChannel(id, "PHONE", "+1555");
        var update = await SendAsync(HttpMethod.Put, $"customers/{id}/contacts/{phone}", """{"contact":"+1999","note":"mobile"}""");
        var fetched = (await SendAsync(HttpMethod.Get, $"customers/{id}/contacts/{phone}")).Json;
        var deleted = await SendAsync(HttpMethod.Delete, $"customers/{id}/contacts/{phone}");
        var again = await SendAsync(HttpMethod.Delete, $"customers/{id}/contacts/{phone}");
        var otherCustomer = _fake.SeedContact("bob@example.com");
        var foreign = await SendAsync(HttpMethod.Get, $"customers/{otherCustomer}/contacts/{phone}");

        Assert.That(update.Json["updateCount"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(fetched["contact"]!.GetValue<string>(), Is.EqualTo("+1999"));
        Assert.That(fetched["note"]!.GetValue<string>(), Is.EqualTo("mobile"));
        Assert.That(fetched["default"]!.GetValue<bool>(), Is.True);
        Assert.That(deleted.Json["deleteCount"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(again.Status, Is.EqualTo(404));
        Assert.That(again.Json["errorCode"]!.GetValue<string>(), Is.EqualTo("CUSTOMER_CONTACT_NOT_FOUND"));
        Assert.That(foreign.Status, Is.EqualTo(404));
    }

    [Test]
    public async Task SearchCustomers_FiltersSortsAndPages()
    {
        _fake.SeedContact("b@example.com", "Bob Stone", Start.AddDays(-2));
        _fake.SeedContact("a@example.com", "Ada Lovelace", Start.AddDays(-1));
        _fake.SeedContact("c@shop.org", "Cy Young", Start);

        var byName = await SendAsync(HttpMethod.Get, "customers?limit=2");
        var byKeyword = await SendAsync(HttpMethod.Get, "customers?keyword=EXAMPLE&sortBy=REGISTERED_DATE_DESC");
        var since = await SendAsync(HttpMethod.Get, $"customers?createdFrom={Start.AddDays(-1).ToUnixTimeSeconds()}&sortBy=REGISTERED_DATE_ASC");
        var exact = await SendAsync(HttpMethod.Get, "customers?email=a@example.co&useExactEmailMatch=true");

        Assert.That(Emails(byName.Json), Is.EqualTo(new[] { "a@example.com", "b@example.com" }));
        Assert.That(byName.Json["total"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(byName.Json["count"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(byName.Json["allCustomerCount"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(Emails(byKeyword.Json), Is.EqualTo(new[] { "a@example.com", "b@example.com" }));
        Assert.That(Emails(since.Json), Is.EqualTo(new[] { "a@example.com", "c@shop.org" }));
        Assert.That(exact.Json["total"]!.GetValue<int>(), Is.Zero);
    }

    [TestCase("customers?limit=500", 200)]
    [TestCase("customers?bogus=1", 400)]
    [TestCase("customers?sortBy=SIDEWAYS", 400)]
    [TestCase("customers?createdFrom=yesterday", 400)]
    [TestCase("customers?createdFrom=2025-03-28", 200)]
    [TestCase("customers?createdFrom=2025-03-28%2011:07:12%20%2B0400", 200)]
    [TestCase("customers?responseFields=items(id)", 501)]
    [TestCase("orders", 501)]
    public async Task SearchCustomers_Query_IsStrict(string path, int status)
    {
        var reply = await SendAsync(HttpMethod.Get, path);
        Assert.That(reply.Status, Is.EqualTo(status), reply.Text);
        if (status == 200)
        {
            Assert.That(reply.Json["limit"]!.GetValue<int>(), Is.LessThanOrEqualTo(100), "limit above 100 is clamped [UNCONFIRMED §5.1]");
        }
    }

    [Test]
    public async Task Auth_MissingWrongStoreOrQueryToken_Returns403InvalidToken()
    {
        _fake.AddCredential("secret_other", 2000);
        var none = await SendAsync(HttpMethod.Get, "customers", token: null);
        var query = await SendAsync(HttpMethod.Get, $"customers?token={EcwidFake.DefaultCredential}", token: null);
        var otherStore = await SendAsync(HttpMethod.Get, "customers", token: "secret_other");

        foreach (var reply in new[] { none, query, otherStore })
        {
            Assert.That(reply.Status, Is.EqualTo(403));
            Assert.That(reply.Json["errorCode"]!.GetValue<string>(), Is.EqualTo("INVALID_API_TOKEN"));
        }
    }

    [Test]
    public async Task Auth_MissingScopeOrPublicToken_Returns403InsufficientScope()
    {
        _fake.AddCredential("secret_readonly", EcwidFake.DefaultStoreId, [EcwidFake.ReadCustomersScope]);
        _fake.AddCredential("public_catalog", EcwidFake.DefaultStoreId);
        var read = await SendAsync(HttpMethod.Get, "customers", token: "secret_readonly");
        var write = await SendAsync(HttpMethod.Post, "customers", """{"email":"a@example.com"}""", token: "secret_readonly");
        var publicRead = await SendAsync(HttpMethod.Get, "customers", token: "public_catalog");

        Assert.That(read.Status, Is.EqualTo(200));
        Assert.That(write.Status, Is.EqualTo(403));
        Assert.That(write.Json["errorCode"]!.GetValue<string>(), Is.EqualTo("INSUFFICIENT_APP_SCOPE"));
        Assert.That(publicRead.Json["errorCode"]!.GetValue<string>(), Is.EqualTo("INSUFFICIENT_APP_SCOPE"));
    }

    [Test]
    public async Task RateLimit_Exceeded_Returns429WithRetryAfterUntilWindowSlides()
    {
        _fake.EnableRateLimit(perMinute: 2);
        await SendAsync(HttpMethod.Get, "customers");
        _time.Advance(TimeSpan.FromSeconds(20));
        await SendAsync(HttpMethod.Get, "customers");
        var limited = await SendAsync(HttpMethod.Get, "customers");
        _time.Advance(TimeSpan.FromSeconds(40));
        var after = await SendAsync(HttpMethod.Get, "customers");

        Assert.That(limited.Status, Is.EqualTo(429));
        Assert.That(limited.Json["errorCode"]!.GetValue<string>(), Is.EqualTo("RATE_LIMITED"));
        Assert.That(limited.Response.Headers.RetryAfter!.Delta, Is.EqualTo(TimeSpan.FromSeconds(40)));
        Assert.That(after.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task EnableRateLimit_Default_Is600PerMinute()
    {
        // Off by default like every fake (VendorFakeTests); the documented limit is what EnableRateLimit turns on.
        _fake.EnableRateLimit();
        var statuses = new List<int>();
        for (var i = 0; i < 601; i++)
        {
            statuses.Add((await SendAsync(HttpMethod.Get, "customers?limit=1")).Status);
        }

        Assert.That(statuses.Count(status => status == 200), Is.EqualTo(600));
        Assert.That(statuses[^1], Is.EqualTo(429));
    }

    [Test]
    public async Task DeleteCustomer_ThenDeletedHistoryListsIt()
    {
        var id = _fake.SeedContact("ada@example.com");
        var deleted = await SendAsync(HttpMethod.Delete, $"customers/{id}");
        var missing = await SendAsync(HttpMethod.Get, $"customers/{id}");
        var history = await SendAsync(HttpMethod.Get, "customers/deleted");

        Assert.That(deleted.Json["deleteCount"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(missing.Status, Is.EqualTo(404));
        Assert.That(missing.Json["errorMessage"]!.GetValue<string>(), Is.EqualTo($"Customer #{id} not found"));
        Assert.That(history.Json["items"]![0]!["id"]!.GetValue<long>(), Is.EqualTo(id));
        Assert.That(history.Json["items"]![0]!["date"]!.GetValue<string>(), Is.EqualTo(Stamp(_time.GetUtcNow())));
    }

    [Test]
    public async Task Groups_CrudAndDeleteMovesMembersToGeneral()
    {
        var created = await SendAsync(HttpMethod.Post, "customer_groups", """{"name":"VIP"}""");
        var groupId = created.Json["id"]!.GetValue<long>();
        var customer = await SendAsync(HttpMethod.Post, "customers", $$"""{"email":"ada@example.com","customerGroupId":{{groupId}}}""");
        var customerId = customer.Json["id"]!.GetValue<long>();
        await SendAsync(HttpMethod.Put, $"customer_groups/{groupId}", """{"name":"Gold"}""");
        var listed = await SendAsync(HttpMethod.Get, "customer_groups");
        var member = await SendAsync(HttpMethod.Get, $"customers/{customerId}");
        await SendAsync(HttpMethod.Delete, $"customer_groups/{groupId}");
        var moved = await SendAsync(HttpMethod.Get, $"customers/{customerId}");
        var gone = await SendAsync(HttpMethod.Get, $"customer_groups/{groupId}");

        Assert.That(listed.Json["items"]!.AsArray().Select(g => g!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "General", "Gold" }));
        Assert.That(member.Json["customerGroupName"]!.GetValue<string>(), Is.EqualTo("Gold"));
        Assert.That(moved.Json["customerGroupId"]!.GetValue<long>(), Is.Zero);
        Assert.That(gone.Status, Is.EqualTo(404));
        Assert.That(gone.Json["errorMessage"]!.GetValue<string>(), Is.EqualTo($"Customer group #{groupId} not found"));
    }

    [Test]
    public async Task Faults_FailMalformDrop_AndJournalRecordsThem()
    {
        _fake.FailNext(1, 503, retryAfter: TimeSpan.FromSeconds(2));
        _fake.MalformNext(1);
        _fake.DropNext(1);
        var failed = await SendAsync(HttpMethod.Get, "customers");
        var malformed = await _http.SendAsync(Request(HttpMethod.Get, "customers", null, EcwidFake.DefaultCredential));
        var malformedText = await malformed.Content.ReadAsStringAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() => _http.SendAsync(Request(HttpMethod.Get, "customers", null, EcwidFake.DefaultCredential)));

        Assert.That(failed.Status, Is.EqualTo(503));
        Assert.That(failed.Json["errorCode"]!.GetValue<string>(), Is.EqualTo("INTERNAL_ERROR"));
        Assert.That(failed.Response.Headers.RetryAfter!.Delta, Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(() => JsonNode.Parse(malformedText), Throws.InstanceOf<System.Text.Json.JsonException>());
        Assert.That(_fake.Journal.Select(r => r.StatusCode), Is.EqualTo(new[] { 503, 200, 0 }));
        Assert.That(_fake.Journal[0].Path, Is.EqualTo("/api/v3/1003/customers"));
    }

    [Test]
    public async Task Reset_ForgetsDataTokensAndJournal()
    {
        _fake.SeedContact("ada@example.com");
        _fake.AddCredential("secret_extra", 1003);
        await SendAsync(HttpMethod.Get, "customers");
        _fake.Reset();

        Assert.That(_fake.ContactCount(), Is.Zero);
        Assert.That(_fake.Journal, Is.Empty);
        Assert.That((await SendAsync(HttpMethod.Get, "customers", token: "secret_extra")).Status, Is.EqualTo(403));
    }

    private static string Stamp(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " +0000";

    private static string[] Emails(JsonNode json) => [.. json["items"]!.AsArray().Select(item => item!["email"]!.GetValue<string>())];

    private static HttpRequestMessage Request(HttpMethod method, string path, string? body, string? token)
    {
        var request = new HttpRequestMessage(method, Store + path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private async Task<Reply> SendAsync(HttpMethod method, string path, string? body = null, string? token = EcwidFake.DefaultCredential)
    {
        using var request = Request(method, path, body, token);
        var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Reply((int)response.StatusCode, text, response);
    }

    private sealed record Reply(int Status, string Text, HttpResponseMessage Response)
    {
        public JsonNode Json => JsonNode.Parse(Text)!;
    }
}
