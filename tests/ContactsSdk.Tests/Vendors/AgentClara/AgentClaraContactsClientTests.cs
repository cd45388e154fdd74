using ContactsSdk.Redaction;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Internal;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.AgentClara;
using Microsoft.Extensions.DependencyInjection;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>
/// Tests <see cref="AgentClaraContactsClient"/> over HTTP against <see cref="AgentClaraFake"/>, through the real DI wiring
/// (Refit, resilience, error mapping), checking both what the facade returns and the wire calls in the fake's journal.
/// This file holds the fixture, identity, get, create, update and delete; the other parts are in
/// <c>AgentClaraContactsClientTests.{Tags,Channels,Search,Listings,Errors,Cancellation,Strictness}.cs</c>. Core behaviour
/// shown through AgentClara lives with its layer (<c>Resilience/RetryTests</c>, <c>Resilience/TimeoutTests</c>,
/// <c>Errors/ContactsExceptionFactoryTests</c>, <c>Redaction/SecretRedactorTests</c>).
/// </summary>
[TestFixture]
public sealed partial class AgentClaraContactsClientTests
{
    private const string UnknownId = "cust_doesnotexist0";
    private const string SomeId = "cust_abc123";
    private const string OtherClientName = "other";
    private const string ReadOnlyKey = "readonly-key-for-tests-7f3a9c";
    private static readonly DateTimeOffset Day0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private AgentClaraHarness _harness = null!;

    // A second client on the main fake, with its own circuit breaker, for injected 429/5xx/drops, so that those
    // failures never count towards the main client's breaker; it also records the X-Request-Id of each answer.
    private ContactsClients _faultClients = null!;
    private RequestIdLog _requestIds = null!;

    private AgentClaraFake Fake => _harness.Fake;

    private IAgentClaraContactsClient Client => _harness.Client;

    private IAgentClaraContactsClient FaultClient => _faultClients.Get<IAgentClaraContactsClient>(OtherClientName);

    [OneTimeSetUp]
    public void StartHarnesses()
    {
        _harness = AgentClaraHarness.Start();
        _requestIds = new RequestIdLog();
        _faultClients = BuildClients(_harness.Fake.BaseAddress, AgentClaraFake.DefaultCredential, extraHandler: () => new RequestIdRecorder(_requestIds));
    }

    [OneTimeTearDown]
    public async Task StopHarnesses()
    {
        await _faultClients.DisposeAsync();
        await _harness.DisposeAsync();
    }

    [SetUp]
    public void ResetFakes() => _harness.Reset();

    // ---------------------------------------------------------------- identity

    [Test]
    public void VendorAndCapabilities_AreAgentClaras()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Client.Vendor, Is.EqualTo(ContactsVendor.AgentClara));
            Assert.That(Client.Capabilities.SupportsTags, Is.True);
            Assert.That(Client.Capabilities.SupportsCustomFields, Is.True);
            Assert.That(Client.Capabilities.SupportsCompany, Is.False);
            Assert.That(Client.Capabilities.ChannelKinds, Is.EquivalentTo(new List<ChannelKind> { ChannelKind.Email, ChannelKind.Phone }));
            Assert.That(Client.Capabilities.MaxChannelsPerKind, Is.EqualTo(1));
            Assert.That(Client.Capabilities.MaxPageSize, Is.EqualTo(100));
        }
    }

    // ---------------------------------------------------------------- get

    [Test]
    public async Task GetAsync_ExistingContact_MapsItAndSendsOneAuthenticatedGet()
    {
        var id = Fake.SeedContact(
            "Ada Lovelace", "ada@example.com", "+15551234567", ["vip", "math"],
            new Dictionary<string, object?> { ["company"] = "Analytical Engines", ["seats"] = 3 }, Day0);

        var contact = await Client.GetAsync(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Id, Is.EqualTo(id));
            Assert.That(contact.Vendor, Is.EqualTo(ContactsVendor.AgentClara));
            Assert.That(contact.Name.Full, Is.EqualTo("Ada Lovelace"));
            Assert.That(contact.Channels, Is.EqualTo(new List<ContactChannel>
            {
                new(ChannelKind.Email, "ada@example.com") { Id = "email", IsPrimary = true },
                new(ChannelKind.Phone, "+15551234567") { Id = "phone", IsPrimary = true },
            }));
            Assert.That(contact.Tags, Is.EqualTo(new[] { "vip", "math" }));
            Assert.That(contact.CustomFields["company"].GetString(), Is.EqualTo("Analytical Engines"));
            Assert.That(contact.CustomFields["seats"].GetInt32(), Is.EqualTo(3));
            Assert.That(contact.CreatedAt, Is.EqualTo(Day0));
            Assert.That(contact.UpdatedAt, Is.EqualTo(Day0));
            Assert.That(contact.Raw, Is.Null);
            JournalAssert.Calls(Fake.Journal, $"GET /contacts/{id}");
            Assert.That(Fake.Journal[0].Authorization, Is.EqualTo("Bearer " + AgentClaraFake.DefaultCredential));
            Assert.That(Fake.Journal[0].Body, Is.Null);
            Assert.That(Fake.Journal[0].Query, Is.Empty);
        }
    }

    [Test]
    public async Task GetAsync_UnknownContact_ThrowsNotFoundWithVendorDetails()
    {
        var ex = (await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.GetAsync(UnknownId)))!;

        AssertVendorFailure(ex, 404, "not_found", "Contact not found", "Get", AgentClaraFake.DefaultCredential);
        JournalAssert.Calls(Fake.Journal, $"GET /contacts/{UnknownId}");
    }

    [Test]
    public async Task GetAsync_ContactOfAnotherSubAccount_ThrowsNotFound()
    {
        var foreign = Fake.SeedContact("Someone Else", subAccount: "other-account");

        await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.GetAsync(foreign));
    }

    [Test]
    public async Task TryGetAsync_ExistingContact_ReturnsIt()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");

        var contact = await Client.TryGetAsync(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact?.Id, Is.EqualTo(id));
            Assert.That(contact?.PrimaryEmail, Is.EqualTo("ada@example.com"));
            JournalAssert.Calls(Fake.Journal, $"GET /contacts/{id}");
        }
    }

    [Test]
    public async Task TryGetAsync_UnknownContact_ReturnsNullWithoutThrowing()
    {
        var contact = await Client.TryGetAsync(UnknownId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact, Is.Null);
            JournalAssert.Calls(Fake.Journal, $"GET /contacts/{UnknownId}");
            Assert.That(Fake.Journal[0].StatusCode, Is.EqualTo(404));
        }
    }

    [Test]
    public async Task TryGetAsync_ServerError_StillThrows()
    {
        Fake.FailNext(1, 500);

        var ex = (await Assert.ThrowsAsync<ContactsUnavailableException>(() => FaultClient.TryGetAsync(UnknownId)))!;

        Assert.That(ex.StatusCode, Is.EqualTo(500));
    }

    // ---------------------------------------------------------------- create

    [Test]
    public async Task CreateAsync_FullDraft_Posts201WithDeduplicatedTagsAndCustomFields()
    {
        var draft = new ContactDraft
        {
            Name = PersonName.FromFull("  Ada Lovelace "),
            Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com"), new ContactChannel(ChannelKind.Phone, "+15551234567")],
            Tags = ["vip", "VIP", " Vip ", "frequent", "FREQUENT"],
            CustomFields = new Dictionary<string, JsonElement> { ["company"] = JsonText.Parse("\"Acme\""), ["seats"] = JsonText.Parse("5"), ["trial"] = JsonText.Parse("false") },
        };

        var contact = await Client.CreateAsync(draft);

        var journal = Fake.Journal;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Id, Does.Match("^cust_[0-9a-z]{12}$"));
            Assert.That(contact.Name.Full, Is.EqualTo("Ada Lovelace"));
            Assert.That(contact.PrimaryEmail, Is.EqualTo("ada@example.com"));
            Assert.That(contact.PrimaryPhone, Is.EqualTo("+15551234567"));
            Assert.That(contact.Tags, Is.EqualTo(new[] { "vip", "frequent" }));
            Assert.That(contact.CustomFields.Keys, Is.EquivalentTo(new[] { "company", "seats", "trial" }));
            Assert.That(contact.CustomFields["seats"].GetInt32(), Is.EqualTo(5));
            Assert.That(contact.CreatedAt, Is.Not.Null);
            Assert.That(Fake.ContactCount(), Is.EqualTo(1));
            JournalAssert.Calls(journal, "POST /contacts");
            Assert.That(journal[0].StatusCode, Is.EqualTo(201));
            AssertSameJson(
                journal[0].Body,
                """
                {"name":"Ada Lovelace","email":"ada@example.com","phone":"+15551234567","tags":["vip","frequent"],
                 "custom_fields":{"company":"Acme","seats":5,"trial":false}}
                """);
        }
    }

    [Test]
    public async Task CreateAsync_NameOnly_PostsOnlyTheName()
    {
        var contact = await Client.CreateAsync(new ContactDraft { Name = PersonName.FromParts("Grace", "Hopper") });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Name.Full, Is.EqualTo("Grace Hopper"));
            Assert.That(contact.Channels, Is.Empty);
            Assert.That(contact.Tags, Is.Empty);
            Assert.That(contact.CustomFields, Is.Empty);
            AssertSameJson(Fake.Journal.Single().Body, """{"name":"Grace Hopper"}""");
        }
    }

    [Test]
    public async Task CreateAsync_ReadOnlyKey_ThrowsAuthenticationWithoutLeakingTheKey()
    {
        Fake.AddCredential(ReadOnlyKey, "default", readOnly: true);
        await using var clients = BuildClients(Fake.BaseAddress, ReadOnlyKey);
        var client = clients.Get<IAgentClaraContactsClient>(OtherClientName);

        var ex = (await Assert.ThrowsAsync<ContactsAuthenticationException>(
            () => client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada") })))!;

        AssertVendorFailure(ex, 403, "forbidden", "This API key is read-only", "Create", ReadOnlyKey, AgentClaraFake.DefaultCredential);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Fake.ContactCount(), Is.Zero);
            Assert.That(Fake.Journal.Single().Authorization, Is.EqualTo("Bearer " + ReadOnlyKey));
        }
    }

    [Test]
    public async Task GetAsync_ReadOnlyKey_StillReads()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        Fake.AddCredential(ReadOnlyKey, "default", readOnly: true);
        await using var clients = BuildClients(Fake.BaseAddress, ReadOnlyKey);

        var contact = await clients.Get<IAgentClaraContactsClient>(OtherClientName).GetAsync(id);

        Assert.That(contact.Id, Is.EqualTo(id));
    }

    [TestCase("sk_live_notARealKey00000000000")]
    [TestCase("wrong-key-not-shaped-like-one-42")]
    public async Task GetAsync_WrongApiKey_ThrowsAuthenticationWithoutLeakingTheKey(string wrongKey)
    {
        var id = Fake.SeedContact("Ada Lovelace");
        await using var clients = BuildClients(Fake.BaseAddress, wrongKey);
        var client = clients.Get<IAgentClaraContactsClient>(OtherClientName);

        var ex = (await Assert.ThrowsAsync<ContactsAuthenticationException>(() => client.GetAsync(id)))!;

        AssertVendorFailure(ex, 401, "unauthorized", "Invalid API key", "Get", wrongKey);
        Assert.That(Fake.Journal.Single().Authorization, Is.EqualTo("Bearer " + wrongKey));
    }

    // ---------------------------------------------------------------- update

    [Test]
    public async Task UpdateAsync_NameAndCustomFields_PatchesOnlyThoseAndMergesFields()
    {
        var id = Fake.SeedContact(
            "Ada Lovelace", "ada@example.com", tags: ["vip"],
            customFields: new Dictionary<string, object?> { ["company"] = "Acme", ["plan"] = "free", ["seats"] = 2 }, createdAt: Day0);
        var patch = new ContactPatch
        {
            Name = PersonName.FromFull("Ada King"),
            CustomFields = new Dictionary<string, JsonElement?> { ["plan"] = JsonText.Parse("\"gold\""), ["company"] = null },
        };

        var updated = await Client.UpdateAsync(id, patch);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(updated.Name.Full, Is.EqualTo("Ada King"));
            Assert.That(updated.CustomFields.Keys, Is.EquivalentTo(new[] { "plan", "seats" }), "company removed by null, seats kept");
            Assert.That(updated.CustomFields["plan"].GetString(), Is.EqualTo("gold"));
            Assert.That(updated.CustomFields["seats"].GetInt32(), Is.EqualTo(2));
            Assert.That(updated.PrimaryEmail, Is.EqualTo("ada@example.com"));
            Assert.That(updated.Tags, Is.EqualTo(new[] { "vip" }));
            Assert.That(updated.UpdatedAt, Is.GreaterThan(Day0));
            JournalAssert.Calls(Fake.Journal, $"PATCH /contacts/{id}");
            AssertSameJson(Fake.Journal[0].Body, """{"name":"Ada King","custom_fields":{"plan":"gold","company":null}}""");
        }
    }

    [Test]
    public async Task UpdateAsync_CustomFieldsOnly_DoesNotSendName()
    {
        var id = Fake.SeedContact("Ada Lovelace");

        var updated = await Client.UpdateAsync(
            id, new ContactPatch { CustomFields = new Dictionary<string, JsonElement?> { ["vip"] = JsonText.Parse("true") } });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(updated.Name.Full, Is.EqualTo("Ada Lovelace"));
            Assert.That(updated.CustomFields["vip"].ValueKind, Is.EqualTo(JsonValueKind.True));
            AssertSameJson(Fake.Journal.Single().Body, """{"custom_fields":{"vip":true}}""");
        }
    }

    [Test]
    public async Task UpdateAsync_EmptyPatch_ReadsWithoutWriting()
    {
        var id = Fake.SeedContact("Ada Lovelace", createdAt: Day0);

        var contact = await Client.UpdateAsync(id, new ContactPatch { ExpectedRevision = "ignored" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Id, Is.EqualTo(id));
            Assert.That(contact.UpdatedAt, Is.EqualTo(Day0));
            JournalAssert.Calls(Fake.Journal, $"GET /contacts/{id}");
        }
    }

    [Test]
    public async Task UpdateAsync_UnknownContact_ThrowsNotFound()
    {
        var ex = (await Assert.ThrowsAsync<ContactNotFoundException>(
            () => Client.UpdateAsync(UnknownId, new ContactPatch { Name = PersonName.FromFull("X") })))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Operation, Is.EqualTo("Update"));
            JournalAssert.Calls(Fake.Journal, $"PATCH /contacts/{UnknownId}");
        }
    }

    // ---------------------------------------------------------------- delete

    [Test]
    public async Task DeleteAsync_ExistingContact_DeletesAndLaterCallsAnswerNotFound()
    {
        var id = Fake.SeedContact("Ada Lovelace");

        await Client.DeleteAsync(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Fake.ContactCount(), Is.Zero);
            JournalAssert.Calls(Fake.Journal, $"DELETE /contacts/{id}");
            Assert.That(Fake.Journal[0].StatusCode, Is.EqualTo(200));
        }

        await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.DeleteAsync(id));
        Assert.That(await Client.TryGetAsync(id), Is.Null);
    }

    // The fake always answers DELETE with 200 and a body; a handler inside the client's pipeline turns that into the
    // 204 with no body that the spec (§2.2) says the SDK must also accept.
    [Test]
    public async Task DeleteAsync_VendorAnswers204NoContent_Succeeds()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        var rewritten = new StrongBox<int>();
        await using var clients = BuildClients(Fake.BaseAddress, AgentClaraFake.DefaultCredential, extraHandler: () => new NoContentOnDeleteHandler(rewritten));

        await clients.Get<IAgentClaraContactsClient>(OtherClientName).DeleteAsync(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rewritten.Value, Is.EqualTo(1), "the client saw a 204");
            Assert.That(Fake.ContactCount(), Is.Zero);
            JournalAssert.Calls(Fake.Journal, $"DELETE /contacts/{id}");
        }
    }

    // ---------------------------------------------------------------- helpers

    private string[] SeedByDay(params string[] names)
        => [.. names.Select((name, day) => Fake.SeedContact(name, createdAt: Day0.AddDays(day)))];

    private static ContactsClients BuildClients(Uri baseAddress, string apiKey, Func<DelegatingHandler>? extraHandler = null)
        => new ContactsClientBuilder().Configure(sdk =>
        {
            sdk.AddAgentClara(OtherClientName, options =>
            {
                options.ApiKey = apiKey;
                options.BaseAddress = baseAddress;
                options.Resilience.MaxRetryAttempts = 0;
                options.Resilience.PaceRequests = false;
            });
            if (extraHandler is not null)
            {
                // Added after the SDK's handlers, so it sits innermost: it sees each attempt's raw answer.
                sdk.Services.AddHttpClient(ContactsSdkBuilder.HttpClientName(ContactsVendor.AgentClara, OtherClientName))
                    .AddHttpMessageHandler(extraHandler);
            }
        }).Build();

    private static void AssertVendorFailure(
        ContactsException ex, int status, string code, string vendorMessage, string operation, params string[] secrets)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Vendor, Is.EqualTo(ContactsVendor.AgentClara));
            Assert.That(ex.Operation, Is.EqualTo(operation));
            Assert.That(ex.StatusCode, Is.EqualTo(status));
            Assert.That(ex.VendorErrorCode, Is.EqualTo(code));
            Assert.That(ex.Message, Does.Contain(vendorMessage));
            Assert.That(ex.RawBody, Does.Contain($"\"error\":\"{vendorMessage}\"").And.Contain($"\"code\":\"{code}\""));
            Assert.That(ex.RequestId, Does.Match("^req_[0-9a-z]{16}$"));
            Assert.That(ex.Message, Does.Contain(ex.RequestId ?? "(no request id)"));
            foreach (var secret in secrets)
            {
                Assert.That(ex.Message, Does.Not.Contain(secret));
                Assert.That(ex.RawBody, Does.Not.Contain(secret));
                Assert.That(ex.ToString(), Does.Not.Contain(secret));
            }
        }
    }

    private static void AssertSameJson(string? actual, string expected)
        => Assert.That(
            actual is not null && JsonNode.DeepEquals(JsonNode.Parse(actual), JsonNode.Parse(expected)),
            Is.True,
            $"expected body {expected} but was {actual ?? "(none)"}");

    private static async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Turns a successful DELETE answer into 204 No Content with no body.</summary>
    private sealed class NoContentOnDeleteHandler(StrongBox<int> rewritten) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method != HttpMethod.Delete || !response.IsSuccessStatusCode)
            {
                return response;
            }

            response.Dispose();
            Interlocked.Increment(ref rewritten.Value);
            return new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request };
        }
    }

    /// <summary>Holds the <c>X-Request-Id</c> of the last answer a <see cref="RequestIdRecorder"/> saw.</summary>
    private sealed class RequestIdLog
    {
        public string? Last { get; set; }
    }

    /// <summary>Writes the <c>X-Request-Id</c> of every answer to a log.</summary>
    private sealed class RequestIdRecorder(RequestIdLog log) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            log.Last = response.Headers.TryGetValues("X-Request-Id", out var values) ? values.FirstOrDefault() : null;
            return response;
        }
    }
}
