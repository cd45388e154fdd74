using ContactsSdk.Redaction;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Internal;
using ContactsSdk.Paging;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.AgentClara;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>
/// Tests <see cref="AgentClaraContactsClient"/> over HTTP against <see cref="AgentClaraFake"/>, through the real DI wiring
/// (Refit, resilience, error mapping), checking both what the facade returns and the wire calls in the fake's journal.
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
    private AgentClaraHarness _retrying = null!;
    private AgentClaraHarness _timeouts = null!;

    // The timeouts harness runs its fake's delays and its client's timeouts on this clock, so no test sleeps.
    private readonly FakeTimeProvider _timeoutsClock = new(Day0);

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
        _retrying = AgentClaraHarness.Start(options =>
        {
            options.Resilience.MaxRetryAttempts = 2;
            options.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        });
        _timeouts = AgentClaraHarness.Start(
            options =>
            {
                options.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(200);
                options.Resilience.TotalTimeout = TimeSpan.FromSeconds(1);
            },
            new AgentClaraFakeOptions { TimeProvider = _timeoutsClock },
            _timeoutsClock);
        _requestIds = new RequestIdLog();
        _faultClients = BuildClients(_harness.Fake.BaseAddress, AgentClaraFake.DefaultCredential, extraHandler: () => new RequestIdRecorder(_requestIds));
    }

    [OneTimeTearDown]
    public async Task StopHarnesses()
    {
        await _faultClients.DisposeAsync();
        await _harness.DisposeAsync();
        await _retrying.DisposeAsync();
        await _timeouts.DisposeAsync();
    }

    [SetUp]
    public void ResetFakes()
    {
        _harness.Reset();
        _retrying.Reset();
        _timeouts.Reset();
    }

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
            Assert.That(contact.Tags, Is.EqualTo(Strings("vip", "math")));
            Assert.That(contact.CustomFields["company"].GetString(), Is.EqualTo("Analytical Engines"));
            Assert.That(contact.CustomFields["seats"].GetInt32(), Is.EqualTo(3));
            Assert.That(contact.CreatedAt, Is.EqualTo(Day0));
            Assert.That(contact.UpdatedAt, Is.EqualTo(Day0));
            Assert.That(contact.Raw, Is.Null);
            AssertCalls(Fake.Journal, $"GET /contacts/{id}");
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
        AssertCalls(Fake.Journal, $"GET /contacts/{UnknownId}");
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
            AssertCalls(Fake.Journal, $"GET /contacts/{id}");
        }
    }

    [Test]
    public async Task TryGetAsync_UnknownContact_ReturnsNullWithoutThrowing()
    {
        var contact = await Client.TryGetAsync(UnknownId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact, Is.Null);
            AssertCalls(Fake.Journal, $"GET /contacts/{UnknownId}");
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
            CustomFields = new Dictionary<string, JsonElement> { ["company"] = Json("\"Acme\""), ["seats"] = Json("5"), ["trial"] = Json("false") },
        };

        var contact = await Client.CreateAsync(draft);

        var journal = Fake.Journal;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Id, Does.Match("^cust_[0-9a-z]{12}$"));
            Assert.That(contact.Name.Full, Is.EqualTo("Ada Lovelace"));
            Assert.That(contact.PrimaryEmail, Is.EqualTo("ada@example.com"));
            Assert.That(contact.PrimaryPhone, Is.EqualTo("+15551234567"));
            Assert.That(contact.Tags, Is.EqualTo(Strings("vip", "frequent")));
            Assert.That(contact.CustomFields.Keys, Is.EquivalentTo(Strings("company", "seats", "trial")));
            Assert.That(contact.CustomFields["seats"].GetInt32(), Is.EqualTo(5));
            Assert.That(contact.CreatedAt, Is.Not.Null);
            Assert.That(Fake.ContactCount(), Is.EqualTo(1));
            AssertCalls(journal, "POST /contacts");
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
            CustomFields = new Dictionary<string, JsonElement?> { ["plan"] = Json("\"gold\""), ["company"] = null },
        };

        var updated = await Client.UpdateAsync(id, patch);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(updated.Name.Full, Is.EqualTo("Ada King"));
            Assert.That(updated.CustomFields.Keys, Is.EquivalentTo(Strings("plan", "seats")), "company removed by null, seats kept");
            Assert.That(updated.CustomFields["plan"].GetString(), Is.EqualTo("gold"));
            Assert.That(updated.CustomFields["seats"].GetInt32(), Is.EqualTo(2));
            Assert.That(updated.PrimaryEmail, Is.EqualTo("ada@example.com"));
            Assert.That(updated.Tags, Is.EqualTo(Strings("vip")));
            Assert.That(updated.UpdatedAt, Is.GreaterThan(Day0));
            AssertCalls(Fake.Journal, $"PATCH /contacts/{id}");
            AssertSameJson(Fake.Journal[0].Body, """{"name":"Ada King","custom_fields":{"plan":"gold","company":null}}""");
        }
    }

    [Test]
    public async Task UpdateAsync_CustomFieldsOnly_DoesNotSendName()
    {
        var id = Fake.SeedContact("Ada Lovelace");

        var updated = await Client.UpdateAsync(
            id, new ContactPatch { CustomFields = new Dictionary<string, JsonElement?> { ["vip"] = Json("true") } });

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
            AssertCalls(Fake.Journal, $"GET /contacts/{id}");
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
            AssertCalls(Fake.Journal, $"PATCH /contacts/{UnknownId}");
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
            AssertCalls(Fake.Journal, $"DELETE /contacts/{id}");
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
            AssertCalls(Fake.Journal, $"DELETE /contacts/{id}");
        }
    }

    // ---------------------------------------------------------------- tags

    [Test]
    public async Task AddTagsAsync_NewTags_ReadsThenWritesTheUnionWithoutCaseDuplicates()
    {
        var id = Fake.SeedContact("Ada Lovelace", tags: ["vip", "Math"]);

        var contact = await Client.AddTagsAsync(id, ["VIP", "new", " NEW ", "math", "frequent"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Tags, Is.EqualTo(Strings("vip", "Math", "new", "frequent")));
            AssertCalls(Fake.Journal, $"GET /contacts/{id}", $"PATCH /contacts/{id}");
            AssertSameJson(Fake.Journal[1].Body, """{"tags":["vip","Math","new","frequent"]}""");
        }
    }

    [Test]
    public async Task AddTagsAsync_TagsAlreadyPresentInAnotherCase_DoesNotPatch()
    {
        var id = Fake.SeedContact("Ada Lovelace", tags: ["vip", "math"]);

        var contact = await Client.AddTagsAsync(id, ["VIP", "Math"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Tags, Is.EqualTo(Strings("vip", "math")));
            AssertCalls(Fake.Journal, $"GET /contacts/{id}");
        }
    }

    [Test]
    public async Task RemoveTagsAsync_TagsInAnotherCase_RemovesThemAndKeepsOrder()
    {
        var id = Fake.SeedContact("Ada Lovelace", tags: ["vip", "frequent", "new"]);

        var contact = await Client.RemoveTagsAsync(id, ["FREQUENT", "absent"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Tags, Is.EqualTo(Strings("vip", "new")));
            AssertCalls(Fake.Journal, $"GET /contacts/{id}", $"PATCH /contacts/{id}");
            AssertSameJson(Fake.Journal[1].Body, """{"tags":["vip","new"]}""");
        }
    }

    [Test]
    public async Task RemoveTagsAsync_LastTag_SendsEmptyArray()
    {
        var id = Fake.SeedContact("Ada Lovelace", tags: ["vip"]);

        var contact = await Client.RemoveTagsAsync(id, ["Vip"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Tags, Is.Empty);
            AssertSameJson(Fake.Journal[1].Body, """{"tags":[]}""");
        }
    }

    [Test]
    public async Task RemoveTagsAsync_NoneOfTheTags_DoesNotPatch()
    {
        var id = Fake.SeedContact("Ada Lovelace", tags: ["vip"]);

        var contact = await Client.RemoveTagsAsync(id, ["absent"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Tags, Is.EqualTo(Strings("vip")));
            AssertCalls(Fake.Journal, $"GET /contacts/{id}");
        }
    }

    [Test]
    public async Task AddTagsAsync_UnknownContact_ThrowsNotFoundWithoutPatching()
    {
        await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.AddTagsAsync(UnknownId, ["vip"]));

        AssertCalls(Fake.Journal, $"GET /contacts/{UnknownId}");
    }

    // ---------------------------------------------------------------- channels

    [Test]
    public async Task AddChannelAsync_EmailToContactWithout_PatchesEmailAndReturnsTheChannel()
    {
        var id = Fake.SeedContact("Ada Lovelace", phone: "+15551234567");

        var channel = await Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Email, "ada@example.com"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(channel, Is.EqualTo(new ContactChannel(ChannelKind.Email, "ada@example.com") { Id = "email", IsPrimary = true }));
            AssertCalls(Fake.Journal, $"GET /contacts/{id}", $"PATCH /contacts/{id}");
            AssertSameJson(Fake.Journal[1].Body, """{"email":"ada@example.com"}""");
        }

        Assert.That((await Client.GetAsync(id)).PrimaryPhone, Is.EqualTo("+15551234567"), "the phone is untouched");
    }

    [Test]
    public async Task AddChannelAsync_PhoneToContactWithout_PatchesPhone()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");

        var channel = await Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Phone, "+442071234567"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(channel, Is.EqualTo(new ContactChannel(ChannelKind.Phone, "+442071234567") { Id = "phone", IsPrimary = true }));
            AssertSameJson(Fake.Journal[1].Body, """{"phone":"+442071234567"}""");
        }
    }

    [Test]
    public async Task AddChannelAsync_SecondEmail_ThrowsConflictWithoutPatching()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");

        var ex = (await Assert.ThrowsAsync<ContactConflictException>(
            () => Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Email, "other@example.com"))))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Vendor, Is.EqualTo(ContactsVendor.AgentClara));
            Assert.That(ex.Operation, Is.EqualTo("AddChannel"));
            Assert.That(ex.Message, Does.Not.Contain("ada@example.com").And.Not.Contain("other@example.com"), "no personal data in messages");
            AssertCalls(Fake.Journal, $"GET /contacts/{id}");
        }
    }

    [Test]
    public async Task AddChannelAsync_SameEmailInAnotherCase_ReturnsTheExistingChannelWithoutPatching()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");

        var channel = await Client.AddChannelAsync(id, new ContactChannel(ChannelKind.Email, "ADA@example.com"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(channel, Is.EqualTo(new ContactChannel(ChannelKind.Email, "ada@example.com") { Id = "email", IsPrimary = true }));
            AssertCalls(Fake.Journal, $"GET /contacts/{id}");
        }
    }

    [Test]
    public async Task AddChannelAsync_WhatsApp_ThrowsUnsupportedBeforeAnyRequest()
    {
        var id = Fake.SeedContact("Ada Lovelace");

        var ex = (await Assert.ThrowsAsync<UnsupportedContactOperationException>(
            () => Client.AddChannelAsync(id, new ContactChannel(ChannelKind.WhatsApp, "+15551234567"))))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Vendor, Is.EqualTo(ContactsVendor.AgentClara));
            Assert.That(Fake.Journal, Is.Empty);
        }
    }

    [Test]
    public async Task UpdateChannelAsync_Phone_PatchesThePhone()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com", "+15551234567");

        var channel = await Client.UpdateChannelAsync(id, "phone", new ContactChannel(ChannelKind.Phone, "+442071234567"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(channel, Is.EqualTo(new ContactChannel(ChannelKind.Phone, "+442071234567") { Id = "phone", IsPrimary = true }));
            AssertCalls(Fake.Journal, $"GET /contacts/{id}", $"PATCH /contacts/{id}");
            AssertSameJson(Fake.Journal[1].Body, """{"phone":"+442071234567"}""");
        }
    }

    [Test]
    public async Task UpdateChannelAsync_Email_PatchesTheEmail()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");

        var channel = await Client.UpdateChannelAsync(id, "email", new ContactChannel(ChannelKind.Email, "ada@lovelace.org"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(channel.Value, Is.EqualTo("ada@lovelace.org"));
            AssertSameJson(Fake.Journal[1].Body, """{"email":"ada@lovelace.org"}""");
        }
    }

    [Test]
    public async Task UpdateChannelAsync_ChannelTheContactLacks_ThrowsNotFoundWithoutPatching()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");

        await Assert.ThrowsAsync<ContactNotFoundException>(
            () => Client.UpdateChannelAsync(id, "phone", new ContactChannel(ChannelKind.Phone, "+442071234567")));

        AssertCalls(Fake.Journal, $"GET /contacts/{id}");
    }

    [Test]
    public async Task RemoveChannelAsync_Email_PatchesNullAndClearsIt()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com", "+15551234567");

        await Client.RemoveChannelAsync(id, "email");

        using (Assert.EnterMultipleScope())
        {
            AssertCalls(Fake.Journal, $"PATCH /contacts/{id}");
            AssertSameJson(Fake.Journal[0].Body, """{"email":null}""");
        }

        var contact = await Client.GetAsync(id);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.PrimaryEmail, Is.Null);
            Assert.That(contact.PrimaryPhone, Is.EqualTo("+15551234567"));
        }
    }

    [Test]
    public async Task RemoveChannelAsync_PhoneTheContactLacks_DoesNotThrow()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");

        await Client.RemoveChannelAsync(id, "phone");

        using (Assert.EnterMultipleScope())
        {
            AssertSameJson(Fake.Journal.Single().Body, """{"phone":null}""");
            Assert.That(Fake.Journal[0].StatusCode, Is.EqualTo(200));
        }
    }

    // ---------------------------------------------------------------- search

    [Test]
    public async Task SearchAsync_Email_SendsQAndLimitAndPutsExactEmailMatchFirst()
    {
        var exact = Fake.SeedContact("Ada Lovelace", "ada@example.com", createdAt: Day0);
        var substring = Fake.SeedContact("Ada Byron", "ada@example.com.au", createdAt: Day0.AddDays(1));
        Fake.SeedContact("Grace Hopper", "grace@example.com", createdAt: Day0.AddDays(2));

        var found = await Client.SearchAsync("ada@example.com").ToListAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found.Select(contact => contact.Id), Is.EqualTo(Strings(exact, substring)));
            Assert.That(found[0].PrimaryEmail, Is.EqualTo("ada@example.com"));
            AssertCalls(Fake.Journal, "GET /contacts/search");
            Assert.That(QueryOf(Fake.Journal[0]), Is.EqualTo(new Dictionary<string, string> { ["q"] = "ada@example.com", ["limit"] = "10" }));
        }
    }

    [Test]
    public async Task SearchAsync_Limit_IsSentAndHonoured()
    {
        for (var i = 0; i < 4; i++)
        {
            Fake.SeedContact($"Ada {i}", createdAt: Day0.AddDays(i));
        }

        var found = await Client.SearchAsync("ada", limit: 3).ToListAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found, Has.Count.EqualTo(3));
            Assert.That(QueryOf(Fake.Journal.Single())["limit"], Is.EqualTo("3"));
        }
    }

    [Test]
    public async Task SearchAsync_NoMatch_ReturnsEmpty()
    {
        Fake.SeedContact("Ada Lovelace");

        Assert.That(await Client.SearchAsync("nobody").ToListAsync(), Is.Empty);
    }

    // ---------------------------------------------------------------- conversations

    [Test]
    public async Task ListConversationsAsync_FivePagesOfTwo_PagesByOffsetNewestFirst()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");
        var other = Fake.SeedContact("Grace Hopper");
        Fake.SeedConversation(other, timestamp: Day0.AddDays(9));
        var conversations = Enumerable.Range(0, 5)
            .Select(i => Fake.SeedConversation(id, i % 2 == 0 ? "sms" : "email", $"subject {i}", Day0.AddHours(i), i == 4 ? "closed" : "open"))
            .ToList();

        var pages = await CollectAsync(Client.Conversations.ListAsync(id).AsPages(pageSizeHint: 2));

        var journal = Fake.Journal;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages.Select(page => page.Items.Count), Is.EqualTo(new List<int> { 2, 2, 1 }));
            Assert.That(pages.Select(page => page.ContinuationToken is null), Is.EqualTo(new List<bool> { false, false, true }));
            Assert.That(pages[0].Total, Is.EqualTo(5));
            Assert.That(
                pages.SelectMany(page => page.Items).Select(conversation => conversation.Id),
                Is.EqualTo(Enumerable.Reverse(conversations)),
                "newest first");
            AssertCalls(journal, Enumerable.Repeat($"GET /contacts/{id}/conversations", 3).ToArray());
            Assert.That(journal.Select(QueryOf), Is.EqualTo(new List<Dictionary<string, string>>
            {
                new() { ["limit"] = "2", ["offset"] = "0" },
                new() { ["limit"] = "2", ["offset"] = "2" },
                new() { ["limit"] = "2", ["offset"] = "4" },
            }));
        }

        var newest = pages[0].Items[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(newest.ContactId, Is.EqualTo(id));
            Assert.That(newest.Channel, Is.EqualTo("sms"));
            Assert.That(newest.Subject, Is.EqualTo("subject 4"));
            Assert.That(newest.Status, Is.EqualTo("closed"));
            Assert.That(newest.Timestamp, Is.EqualTo(Day0.AddHours(4)));
            Assert.That(newest.Unread, Is.False);
            Assert.That(pages[0].Items[1].Channel, Is.EqualTo("email"));
        }
    }

    [Test]
    public async Task ListConversationsAsync_BareListShape_StopsAtTheFirstShortOrEmptyPage()
    {
        Fake.EmitPagination = false;
        var id = Fake.SeedContact("Ada Lovelace");
        for (var i = 0; i < 6; i++)
        {
            Fake.SeedConversation(id, timestamp: Day0.AddHours(i));
        }

        var items = new List<AgentClaraConversation>();
        await foreach (var page in Client.Conversations.ListAsync(id).AsPages(pageSizeHint: 2))
        {
            Assert.That(page.Total, Is.Null);
            items.AddRange(page.Items);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(items, Has.Count.EqualTo(6));
            Assert.That(items.Select(item => item.Id), Is.Unique);
            Assert.That(items.Select(item => item.Timestamp), Is.Ordered.Descending);
            Assert.That(Fake.Journal, Has.Count.EqualTo(4), "three full pages, then an empty one ends the listing");
        }
    }

    [Test]
    public async Task ListConversationsAsync_ContinuationToken_ResumesAfterThePage()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        var conversations = Enumerable.Range(0, 3).Select(i => Fake.SeedConversation(id, timestamp: Day0.AddHours(i))).ToList();
        var pageable = Client.Conversations.ListAsync(id);
        string? token = null;
        await foreach (var page in pageable.AsPages(pageSizeHint: 2))
        {
            token = page.ContinuationToken;
            break;
        }

        var rest = await CollectAsync(pageable.AsPages(token, pageSizeHint: 2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rest.SelectMany(page => page.Items).Select(item => item.Id), Is.EqualTo(Strings(conversations[0])));
            Assert.That(QueryOf(Fake.Journal[^1])["offset"], Is.EqualTo("2"));
        }
    }

    [Test]
    public async Task ListConversationsAsync_AllItems_EnumeratesEveryConversationWithTheDefaultPageSize()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        for (var i = 0; i < 3; i++)
        {
            Fake.SeedConversation(id, timestamp: Day0.AddHours(i));
        }

        var items = await CollectAsync(Client.Conversations.ListAsync(id));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(items, Has.Count.EqualTo(3));
            Assert.That(QueryOf(Fake.Journal.Single()), Is.EqualTo(new Dictionary<string, string> { ["limit"] = "100", ["offset"] = "0" }));
        }
    }

    [Test]
    public async Task ListConversationsAsync_UnknownContact_ThrowsNotFoundOnFirstPage()
    {
        var pageable = Client.Conversations.ListAsync(UnknownId);
        Assert.That(Fake.Journal, Is.Empty, "listing is lazy");

        await Assert.ThrowsAsync<ContactNotFoundException>(() => CollectAsync(pageable));
    }

    // ---------------------------------------------------------------- list

    [Test]
    public async Task ListAsync_NoQuery_SendsDefaultsAndListsNewestFirst()
    {
        var ids = SeedByDay("Ada", "Grace", "Linus");

        var contacts = await CollectAsync(Client.ListAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(Enumerable.Reverse(ids)));
            Assert.That(contacts.All(contact => contact.CustomFields.Count == 0 && contact.Raw is null), Is.True);
            AssertCalls(Fake.Journal, "GET /contacts");
            Assert.That(
                QueryOf(Fake.Journal[0]),
                Is.EqualTo(new Dictionary<string, string> { ["limit"] = "100", ["offset"] = "0", ["sort"] = "created" }));
        }
    }

    [Test]
    public async Task ListAsync_Search_IsSentAndFilteredByTheVendor()
    {
        var ada = Fake.SeedContact("Ada Lovelace", createdAt: Day0);
        var adam = Fake.SeedContact("Adam Smith", createdAt: Day0.AddDays(1));
        Fake.SeedContact("Grace Hopper", "grace@example.com", createdAt: Day0.AddDays(2));

        var contacts = await CollectAsync(Client.ListAsync(new ContactQuery { Search = "ADA" }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(Strings(adam, ada)));
            Assert.That(QueryOf(Fake.Journal.Single()), Does.ContainKey("search").WithValue("ADA"));
            Assert.That(QueryOf(Fake.Journal[0]), Does.Not.ContainKey("tag"));
        }
    }

    [Test]
    public async Task ListAsync_Tag_IsSentAndMatchedIgnoringCase()
    {
        var vip = Fake.SeedContact("Ada Lovelace", tags: ["VIP"]);
        Fake.SeedContact("Grace Hopper", tags: ["regular"]);

        var contacts = await CollectAsync(Client.ListAsync(new ContactQuery { Tag = "vip" }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(Strings(vip)));
            Assert.That(QueryOf(Fake.Journal.Single()), Does.ContainKey("tag").WithValue("vip"));
        }
    }

    [Test]
    public async Task ListAsync_Email_SearchesThenKeepsOnlyExactMatchesIgnoringCase()
    {
        var exact = Fake.SeedContact("Ada Lovelace", "Ada@Example.com", createdAt: Day0);
        Fake.SeedContact("Ada Byron", "ada@example.com.au", createdAt: Day0.AddDays(1));
        Fake.SeedContact("Grace Hopper", "grace@example.com", createdAt: Day0.AddDays(2));

        var contacts = await CollectAsync(Client.ListAsync(new ContactQuery { Email = "ada@example.com" }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(Strings(exact)));
            Assert.That(QueryOf(Fake.Journal.Single()), Does.ContainKey("search").WithValue("ada@example.com"));
        }
    }

    [Test]
    public async Task ListAsync_CreatedSince_FiltersAndStopsPagingOnceOlder()
    {
        var ids = SeedByDay("A", "B", "C", "D", "E", "F");

        var pages = await CollectAsync(
            Client.ListAsync(new ContactQuery { CreatedSince = Day0.AddDays(3) }).AsPages(pageSizeHint: 2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages.SelectMany(page => page.Items).Select(contact => contact.Id), Is.EqualTo(Strings(ids[5], ids[4], ids[3])));
            Assert.That(pages[^1].ContinuationToken, Is.Null);
            Assert.That(Fake.Journal, Has.Count.EqualTo(2), "the page holding an older contact is the last one fetched");
        }
    }

    [Test]
    public async Task ListAsync_UpdatedSinceSortedByUpdated_SendsSortUpdatedAndFilters()
    {
        var ids = SeedByDay("A", "B", "C", "D");

        var contacts = await CollectAsync(
            Client.ListAsync(new ContactQuery { SortBy = ContactSortField.Updated, UpdatedSince = Day0.AddDays(2) }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(Strings(ids[3], ids[2])));
            Assert.That(QueryOf(Fake.Journal.Single()), Does.ContainKey("sort").WithValue("updated"));
        }
    }

    [Test]
    public async Task ListAsync_UpdatedSinceSortedByCreated_FiltersOnOurSide()
    {
        var ids = SeedByDay("A", "B", "C");
        await Client.UpdateAsync(ids[0], new ContactPatch { Name = PersonName.FromFull("A2") });
        Fake.ClearJournal();

        var contacts = await CollectAsync(Client.ListAsync(new ContactQuery { UpdatedSince = DateTimeOffset.UtcNow.AddDays(-1) }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(Strings(ids[0])));
            Assert.That(QueryOf(Fake.Journal.Single()), Does.ContainKey("sort").WithValue("created"));
        }
    }

    [Test]
    public async Task ListAsync_SortByName_SendsSortNameAndListsAToZ()
    {
        var charlie = Fake.SeedContact("charlie", createdAt: Day0);
        var alice = Fake.SeedContact("Alice", createdAt: Day0.AddDays(1));
        var bob = Fake.SeedContact("bob", createdAt: Day0.AddDays(2));

        var contacts = await CollectAsync(Client.ListAsync(new ContactQuery { SortBy = ContactSortField.Name, Descending = false }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(Strings(alice, bob, charlie)));
            Assert.That(QueryOf(Fake.Journal.Single()), Does.ContainKey("sort").WithValue("name"));
        }
    }

    [Test]
    public async Task ListAsync_DescendingTimeSort_IsTheNaturalDirection()
    {
        var ids = SeedByDay("A", "B");

        var contacts = await CollectAsync(Client.ListAsync(new ContactQuery { SortBy = ContactSortField.Created, Descending = true }));

        Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(Strings(ids[1], ids[0])));
    }

    [TestCase(ContactSortField.Name, true)]
    [TestCase(ContactSortField.Created, false)]
    [TestCase(ContactSortField.Updated, false)]
    public void ListAsync_DirectionContraryToNatural_ThrowsUnsupportedBeforeHttp(ContactSortField field, bool descending)
    {
        var ex = Assert.Throws<UnsupportedContactOperationException>(
            () => Client.ListAsync(new ContactQuery { SortBy = field, Descending = descending }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex?.Vendor, Is.EqualTo(ContactsVendor.AgentClara));
            Assert.That(Fake.Journal, Is.Empty);
        }
    }

    [Test]
    public async Task ListAsync_MaxItems_AsksForNoMoreThanNeeded()
    {
        SeedByDay("A", "B", "C", "D", "E");

        var contacts = await CollectAsync(Client.ListAsync(new ContactQuery { MaxItems = 3 }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contacts, Has.Count.EqualTo(3));
            Assert.That(QueryOf(Fake.Journal.Single())["limit"], Is.EqualTo("3"));
        }
    }

    [Test]
    public async Task ListAsync_PageSizeHint_IsUsedAsTheLimit()
    {
        SeedByDay("A", "B", "C");

        var contacts = await CollectAsync(Client.ListAsync(new ContactQuery { PageSizeHint = 2 }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contacts, Has.Count.EqualTo(3));
            Assert.That(QueryOf(Fake.Journal[0])["limit"], Is.EqualTo("2"));
        }
    }

    [Test]
    public async Task ListAsync_BareListShape_PagesUntilAShortPage()
    {
        Fake.EmitPagination = false;
        var ids = SeedByDay("A", "B", "C");

        var pages = await CollectAsync(Client.ListAsync().AsPages(pageSizeHint: 2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages.SelectMany(page => page.Items).Select(contact => contact.Id), Is.EqualTo(Enumerable.Reverse(ids)));
            Assert.That(pages.Select(page => page.Total), Is.All.Null);
            Assert.That(Fake.Journal.Select(entry => QueryOf(entry)["offset"]), Is.EqualTo(Strings("0", "2")));
        }
    }

    [Test]
    public async Task ListAsync_IncludeRaw_KeepsTheListItemPayload()
    {
        var id = Fake.SeedContact("Ada Lovelace", "ada@example.com");

        var contact = (await CollectAsync(Client.ListAsync(new ContactQuery { IncludeRaw = true }))).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Id, Is.EqualTo(id));
            Assert.That(contact.PrimaryEmail, Is.EqualTo("ada@example.com"));
            Assert.That(contact.Raw?.GetProperty("id").GetString(), Is.EqualTo(id));
            Assert.That(contact.Raw?.TryGetProperty("custom_fields", out _), Is.False, "list items are the reduced projection");
        }
    }

    // ---------------------------------------------------------------- vendor errors

    private static IEnumerable<TestCaseData> InjectedErrors()
    {
        yield return new TestCaseData(400, typeof(ContactValidationException), "invalid_request", "Missing or invalid parameters");
        yield return new TestCaseData(401, typeof(ContactsAuthenticationException), "unauthorized", "Invalid API key");
        yield return new TestCaseData(403, typeof(ContactsAuthenticationException), "forbidden", "Insufficient permissions");
        yield return new TestCaseData(404, typeof(ContactNotFoundException), "not_found", "Resource not found");
        yield return new TestCaseData(429, typeof(ContactsRateLimitedException), "rate_limited", "Rate limit exceeded");
        yield return new TestCaseData(500, typeof(ContactsUnavailableException), "server_error", "Internal server error");
        yield return new TestCaseData(502, typeof(ContactsUnavailableException), "server_error", "Bad gateway");
        yield return new TestCaseData(503, typeof(ContactsUnavailableException), "server_error", "Service unavailable");
    }

    [TestCaseSource(nameof(InjectedErrors))]
    public async Task GetAsync_VendorError_MapsToTheExceptionWithEveryDetail(int status, Type expected, string code, string message)
    {
        var id = Fake.SeedContact("Ada Lovelace");
        Fake.FailNext(1, status);

        var ex = (ContactsException)(await Assert.ThrowsAsync(Is.TypeOf(expected), () => FaultClient.GetAsync(id)))!;

        AssertVendorFailure(ex, status, code, message, "Get", AgentClaraFake.DefaultCredential);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.RequestId, Is.EqualTo(_requestIds.Last), "the request id is the answer's X-Request-Id header");
            Assert.That(ex.IsTransient, Is.EqualTo(status is 429 or >= 500));
            Assert.That(Fake.Journal, Has.Count.EqualTo(1), "retries are off");
        }
    }

    // The client checks everything the fake checks, so a 400 can only be injected (and the injected body names no param;
    // AgentClaraMapperTests covers a body with one).
    [Test]
    public async Task SearchAsync_Vendor400_ThrowsValidationWithoutViolations()
    {
        Fake.FailNext(1, 400);

        var ex = (await Assert.ThrowsAsync<ContactValidationException>(async () => await FaultClient.SearchAsync("ada").ToListAsync()))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Operation, Is.EqualTo("Search"));
            Assert.That(ex.VendorErrorCode, Is.EqualTo("invalid_request"));
            Assert.That(ex.Violations, Is.Empty, "the injected error names no param");
        }
    }

    [Test]
    public async Task GetAsync_RateLimitedWithRetryAfter_ExposesRetryAfter()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        Fake.FailNext(1, 429, "GET", "/contacts", TimeSpan.FromSeconds(7));

        var ex = (await Assert.ThrowsAsync<ContactsRateLimitedException>(() => FaultClient.GetAsync(id)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(ex.StatusCode, Is.EqualTo(429));
            Assert.That(ex.VendorErrorCode, Is.EqualTo("rate_limited"));
            Assert.That(ex.IsTransient, Is.True);
        }
    }

    [Test]
    public async Task GetAsync_FakeRateLimitHit_ThrowsRateLimitedWithRetryAfter()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        Fake.EnableRateLimit(perMinute: 1000, perTenSeconds: 1);
        await FaultClient.GetAsync(id);

        var ex = (await Assert.ThrowsAsync<ContactsRateLimitedException>(() => FaultClient.GetAsync(id)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.RetryAfter, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(ex.Message, Does.Contain("Rate limit exceeded"));
        }
    }

    [Test]
    public async Task CreateAsync_ServerErrorTwice_ThrowsUnavailableAndCreatesNothing()
    {
        // The first 500 is ambiguous: the client looks the contact up, finds none, and creates once more.
        Fake.FailNext(2, 500, "POST", "/contacts");

        var ex = (await Assert.ThrowsAsync<ContactsUnavailableException>(
            () => FaultClient.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada") })))!;

        AssertVendorFailure(ex, 500, "server_error", "Internal server error", "Create", AgentClaraFake.DefaultCredential);
        Assert.That(Fake.ContactCount(), Is.Zero);
    }

    [Test]
    public async Task GetAsync_MalformedJson_ThrowsContactsExceptionWithTheRawBody()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        Fake.MalformNext(1);

        var ex = (await Assert.ThrowsAsync<ContactsException>(() => Client.GetAsync(id)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.StatusCode, Is.EqualTo(200));
            Assert.That(ex.Operation, Is.EqualTo("Get"));
            Assert.That(ex.RawBody, Is.EqualTo("""{"success":true,"data":{"id":"cust_"""));
            Assert.That(ex.RequestId, Does.Match("^req_[0-9a-z]{16}$"));
            Assert.That(ex.InnerException, Is.Not.Null);
            Assert.That(ex.ToString(), Does.Not.Contain(AgentClaraFake.DefaultCredential));
        }
    }

    [Test]
    public async Task GetAsync_DroppedConnection_ThrowsUnavailableWithoutStatus()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        Fake.DropNext(1);

        var ex = (await Assert.ThrowsAsync<ContactsUnavailableException>(() => FaultClient.GetAsync(id)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.StatusCode, Is.Null);
            Assert.That(ex.Operation, Is.EqualTo("Get"));
            Assert.That(ex.IsTransient, Is.True);
            Assert.That(ex.InnerException, Is.Not.Null);
            Assert.That(ex.ToString(), Does.Not.Contain(AgentClaraFake.DefaultCredential));
            Assert.That(Fake.Journal.Single().StatusCode, Is.Zero);
        }
    }

    // ---------------------------------------------------------------- secrets

    [Test]
    public void FromResponse_BodyEchoingTheKey_RedactsItEverywhere()
    {
        const string Key = "acme-custom-key-7f3a9c";
        const string UnknownVendorKey = "sk_live_SomeoneElsesKey123";
        var factory = new ContactsExceptionFactory(
            ContactsVendor.AgentClara, AgentClaraErrorParser.Instance, text => SecretRedactor.Redact(text, [Key]));
        var body = $$"""{"success":false,"error":"Invalid API key {{Key}} (Bearer {{Key}}, also {{UnknownVendorKey}})","code":"unauthorized","api_key":"{{Key}}"}""";

        var ex = factory.FromResponse("GetContact", new FailedResponse(401, body, "req_0000000000000001", null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex, Is.TypeOf<ContactsAuthenticationException>());
            Assert.That(ex.VendorErrorCode, Is.EqualTo("unauthorized"));
            Assert.That(ex.RequestId, Is.EqualTo("req_0000000000000001"));
            foreach (var secret in Strings(Key, UnknownVendorKey))
            {
                Assert.That(ex.Message, Does.Not.Contain(secret));
                Assert.That(ex.RawBody, Does.Not.Contain(secret));
                Assert.That(ex.ToString(), Does.Not.Contain(secret));
            }

            Assert.That(ex.Message, Does.Contain("Invalid API key " + SecretRedactor.Mask));
            Assert.That(ex.RawBody, Does.Contain(SecretRedactor.Mask).And.Contain("\"code\":\"unauthorized\""));
        }
    }

    [Test]
    public void Unavailable_CauseMentioningTheKey_RedactsItFromMessage()
    {
        const string Key = "acme-custom-key-7f3a9c";
        var factory = new ContactsExceptionFactory(
            ContactsVendor.AgentClara, AgentClaraErrorParser.Instance, text => SecretRedactor.Redact(text, [Key]));

        var ex = factory.Unavailable("GetContact", new HttpRequestException($"proxy refused Authorization: Bearer {Key}"));

        Assert.That(ex.Message, Does.Not.Contain(Key));
    }

    [Test]
    public void Unavailable_CauseMentioningTheKey_RedactsItFromToString()
    {
        const string Key = "acme-custom-key-7f3a9c";
        var factory = new ContactsExceptionFactory(
            ContactsVendor.AgentClara, AgentClaraErrorParser.Instance, text => SecretRedactor.Redact(text, [Key]));

        var ex = factory.Unavailable("GetContact", new HttpRequestException($"proxy refused Authorization: Bearer {Key}"));

        Assert.That(ex.ToString(), Does.Not.Contain(Key));
    }

    [Test]
    public void FromResponse_HugeBody_IsCappedAt8KiB()
    {
        var factory = new ContactsExceptionFactory(ContactsVendor.AgentClara, AgentClaraErrorParser.Instance, text => text);
        var body = new string('x', 20_000);

        var ex = factory.FromResponse("GetContact", new FailedResponse(500, body, null, null));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.RawBody, Has.Length.EqualTo(ContactsException.MaxRawBodyLength));
            Assert.That(ex.Message, Does.Contain("(no message)"));
        }
    }

    [TestCase("token sk_test_abcDEF123 here", "token [REDACTED] here")]
    [TestCase("Authorization: Bearer eyJhbGciOi.abc-def", "Authorization: Bearer [REDACTED]")]
    [TestCase("""{"api_key":"hunter2-longer"}""", """{"api_key":"[REDACTED]"}""")]
    [TestCase("nothing secret", "nothing secret")]
    public void RedactKnownPatterns_Text_MasksKeyShapes(string text, string expected)
        => Assert.That(SecretRedactor.RedactKnownPatterns(text), Is.EqualTo(expected));

    [Test]
    public void Redact_KnownSecret_MasksItButNotVeryShortOnes()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SecretRedactor.Redact("key=my-own-secret-value!", ["my-own-secret-value"]), Is.EqualTo("key=[REDACTED]!"));
            Assert.That(SecretRedactor.Redact("the abc word", ["abc"]), Is.EqualTo("the abc word"));
        }
    }

    // ---------------------------------------------------------------- cancellation and timeouts

    [Test]
    public async Task Operations_PreCancelledToken_ThrowOperationCanceledWithoutAnyRequest()
    {
        var id = Fake.SeedContact("Ada Lovelace");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var token = cts.Token;

        using (Assert.EnterMultipleScope())
        {
            await Assert.CatchAsync<OperationCanceledException>(() => Client.GetAsync(id, token));
            await Assert.CatchAsync<OperationCanceledException>(() => Client.TryGetAsync(id, token));
            await Assert.CatchAsync<OperationCanceledException>(() => Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada") }, token));
            await Assert.CatchAsync<OperationCanceledException>(() => Client.UpdateAsync(id, new ContactPatch { Name = PersonName.FromFull("B") }, token));
            await Assert.CatchAsync<OperationCanceledException>(() => Client.DeleteAsync(id, token));
            await Assert.CatchAsync<OperationCanceledException>(() => Client.AddTagsAsync(id, ["vip"], token));
            await Assert.CatchAsync<OperationCanceledException>(() => CollectAsync(Client.SearchAsync("ada", cancellationToken: token)));
            await Assert.CatchAsync<OperationCanceledException>(() => CollectAsync(Client.ListAsync(null, token)));
            await Assert.CatchAsync<OperationCanceledException>(() => CollectAsync(Client.Conversations.ListAsync(id, token)));
            Assert.That(Fake.Journal, Is.Empty);
            Assert.That(Fake.ContactCount(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task GetAsync_TokenCancelledDuringASlowRequest_ThrowsOperationCanceledNotTimeout()
    {
        var fake = _timeouts.Fake;
        var id = fake.SeedContact("Ada Lovelace");
        fake.DelayNext(1, TimeSpan.FromSeconds(1));

        // Default (10 s) attempt timeout, so that only the caller's token can end the call; the token runs on the fake's clock.
        await using var clients = BuildClients(fake.BaseAddress, AgentClaraFake.DefaultCredential);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100), _timeoutsClock);
        var call = clients.Get<IAgentClaraContactsClient>(OtherClientName).GetAsync(id, cts.Token);

        var ex = await Assert.CatchAsync<OperationCanceledException>(() => _timeoutsClock.DriveUntilAsync(call, TimeSpan.FromMilliseconds(20)));

        Assert.That(ex?.CancellationToken, Is.EqualTo(cts.Token));
    }

    [Test]
    public async Task GetAsync_AttemptTimeoutShorterThanTheVendor_ThrowsContactsTimeout()
    {
        var fake = _timeouts.Fake;
        var id = fake.SeedContact("Ada Lovelace");
        fake.DelayNext(1, TimeSpan.FromSeconds(2));
        var started = DateTime.UtcNow;

        var call = _timeouts.Client.GetAsync(id);
        var ex = (await Assert.ThrowsAsync<ContactsTimeoutException>(() => _timeoutsClock.DriveUntilAsync(call, TimeSpan.FromMilliseconds(20))))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.Operation, Is.EqualTo("Get"));
            Assert.That(ex.StatusCode, Is.Null);
            Assert.That(ex.IsTransient, Is.True);
            Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(2)), "the 2 s delay runs on the fake clock, not the wall clock");
        }
    }

    // ---------------------------------------------------------------- retries

    [Test]
    public async Task GetAsync_RetriesOnAfterOne503_SucceedsWithTwoRequests()
    {
        var id = _retrying.Fake.SeedContact("Ada Lovelace");
        _retrying.Fake.FailNext(1, 503);

        var contact = await _retrying.Client.GetAsync(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Id, Is.EqualTo(id));
            AssertCalls(_retrying.Fake.Journal, $"GET /contacts/{id}", $"GET /contacts/{id}");
            Assert.That(_retrying.Fake.Journal.Select(entry => entry.StatusCode), Is.EqualTo(new List<int> { 503, 200 }));
        }
    }

    [Test]
    public async Task GetAsync_RetriesOnAfterADroppedConnection_Succeeds()
    {
        var id = _retrying.Fake.SeedContact("Ada Lovelace");
        _retrying.Fake.DropNext(1);

        var contact = await _retrying.Client.GetAsync(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Id, Is.EqualTo(id));
            Assert.That(_retrying.Fake.Journal.Select(entry => entry.StatusCode), Is.EqualTo(new List<int> { 0, 200 }));
        }
    }

    [Test]
    public async Task GetAsync_RetriesOnAfter429WithRetryAfterZero_Succeeds()
    {
        var id = _retrying.Fake.SeedContact("Ada Lovelace");
        _retrying.Fake.FailNext(1, 429, retryAfter: TimeSpan.Zero);

        await _retrying.Client.GetAsync(id);

        Assert.That(_retrying.Fake.Journal.Select(entry => entry.StatusCode), Is.EqualTo(new List<int> { 429, 200 }));
    }

    [Test]
    public async Task GetAsync_RetriesOnButFailingEveryAttempt_ThrowsAfterThreeRequests()
    {
        var id = _retrying.Fake.SeedContact("Ada Lovelace");
        _retrying.Fake.FailNext(3, 503);

        var ex = (await Assert.ThrowsAsync<ContactsUnavailableException>(() => _retrying.Client.GetAsync(id)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ex.StatusCode, Is.EqualTo(503));
            Assert.That(_retrying.Fake.Journal, Has.Count.EqualTo(3), "one try and MaxRetryAttempts = 2 retries");
        }
    }

    [Test]
    public async Task GetAsync_RetriesOnAfterA404_DoesNotRetry()
    {
        await Assert.ThrowsAsync<ContactNotFoundException>(() => _retrying.Client.GetAsync(UnknownId));

        Assert.That(_retrying.Fake.Journal, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task UpdateAsync_RetriesOnAfterOne503_RetriesThePatch()
    {
        var id = _retrying.Fake.SeedContact("Ada Lovelace");
        _retrying.Fake.FailNext(1, 503, "PATCH");

        var contact = await _retrying.Client.UpdateAsync(id, new ContactPatch { Name = PersonName.FromFull("Ada King") });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contact.Name.Full, Is.EqualTo("Ada King"));
            AssertCalls(_retrying.Fake.Journal, $"PATCH /contacts/{id}", $"PATCH /contacts/{id}");
            Assert.That(_retrying.Fake.Journal.Select(entry => entry.Body), Is.All.EqualTo("""{"name":"Ada King"}"""));
        }
    }

    [Test]
    public async Task DeleteAsync_RetriesOnAfterOne502_RetriesTheDelete()
    {
        var id = _retrying.Fake.SeedContact("Ada Lovelace");
        _retrying.Fake.FailNext(1, 502, "DELETE");

        await _retrying.Client.DeleteAsync(id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_retrying.Fake.ContactCount(), Is.Zero);
            Assert.That(_retrying.Fake.Journal.Select(entry => entry.StatusCode), Is.EqualTo(new List<int> { 502, 200 }));
        }
    }

    [Test]
    public async Task CreateAsync_RetriesOnAfterOne503_LooksUpBeforeCreatingAgain()
    {
        _retrying.Fake.FailNext(1, 503, "POST");

        var created = await _retrying.Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Ada") });

        using (Assert.EnterMultipleScope())
        {
            AssertCalls(_retrying.Fake.Journal, "POST /contacts", "GET /contacts", "POST /contacts");
            Assert.That(_retrying.Fake.ContactCount(), Is.EqualTo(1));
            Assert.That(created.Name.Full, Is.EqualTo("Ada"));
            Assert.That(_retrying.Fake.Journal[1].Query, Does.Contain("sort=created"), "a name-only draft is looked up among the newest contacts");
        }
    }

    [Test]
    public async Task CreateAsync_RetriesOnAndAppliedThenFailed_ReturnsTheStoredContactExactlyOnce()
    {
        _retrying.Fake.ApplyThenFailNext(1, 500, "POST");

        var created = await _retrying.Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromFull("Ada"),
            Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com")],
            Tags = ["vip"],
        });

        using (Assert.EnterMultipleScope())
        {
            AssertCalls(_retrying.Fake.Journal, "POST /contacts", "GET /contacts");
            Assert.That(_retrying.Fake.ContactCount(), Is.EqualTo(1));
            Assert.That(created.PrimaryEmail, Is.EqualTo("ada@example.com"));
            Assert.That(_retrying.Fake.Journal[1].Query, Does.Contain("search=ada%40example.com"));
        }
    }

    [Test]
    public async Task CreateAsync_DroppedConnectionAfterApplying_NoDuplicate()
    {
        _retrying.Fake.ApplyThenFailNext(1, 502, "POST");
        _retrying.Fake.SeedContact("Ada", "ada@example.com", tags: ["other"]);

        var created = await _retrying.Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromFull("Ada"),
            Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com")],
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_retrying.Fake.ContactCount(), Is.EqualTo(2), "the seeded contact differs (tags), so it is not mistaken for ours");
            Assert.That(created.Tags, Is.Empty);
        }
    }

    // ---------------------------------------------------------------- input checked before HTTP

    private static IEnumerable<TestCaseData> InvalidCalls()
    {
        static TestCaseData Case(string name, Type expected, Func<IAgentClaraContactsClient, Task> call)
            => new TestCaseData(call, expected).SetArgDisplayNames(name);

        static Task Sync(Action action)
        {
            action();
            return Task.CompletedTask;
        }

        var ada = PersonName.FromFull("Ada");
        var email = new ContactChannel(ChannelKind.Email, "ada@example.com");
        var phone = new ContactChannel(ChannelKind.Phone, "+15551234567");

        foreach (var (label, id, expected) in new (string, string?, Type)[]
        {
            ("null", null, typeof(ArgumentNullException)),
            ("empty", string.Empty, typeof(ArgumentException)),
            ("blank", "   ", typeof(ArgumentException)),
            ("no prefix", "abc123", typeof(ArgumentException)),
            ("prefix only", "cust_", typeof(ArgumentException)),
            ("upper-case prefix", "CUST_abc", typeof(ArgumentException)),
            ("conversation id", "conv_abc", typeof(ArgumentException)),
            ("path traversal", "cust_abc/../search", typeof(ArgumentException)),
            ("space", "cust_abc def", typeof(ArgumentException)),
        })
        {
            yield return Case($"GetAsync id {label}", expected, client => client.GetAsync(id!));
        }

        yield return Case("TryGetAsync bad id", typeof(ArgumentException), client => client.TryGetAsync("abc"));
        yield return Case("UpdateAsync bad id", typeof(ArgumentException), client => client.UpdateAsync("abc", new ContactPatch { Name = ada }));
        yield return Case("DeleteAsync bad id", typeof(ArgumentException), client => client.DeleteAsync("abc"));
        yield return Case("AddTagsAsync bad id", typeof(ArgumentException), client => client.AddTagsAsync("abc", ["vip"]));
        yield return Case("RemoveTagsAsync bad id", typeof(ArgumentException), client => client.RemoveTagsAsync("abc", ["vip"]));
        yield return Case("AddChannelAsync bad id", typeof(ArgumentException), client => client.AddChannelAsync("abc", email));
        yield return Case("UpdateChannelAsync bad id", typeof(ArgumentException), client => client.UpdateChannelAsync("abc", "email", email));
        yield return Case("RemoveChannelAsync bad id", typeof(ArgumentException), client => client.RemoveChannelAsync("abc", "email"));
        yield return Case("Conversations.ListAsync bad id", typeof(ArgumentException), client => Sync(() => client.Conversations.ListAsync("abc")));

        // Drafts.
        yield return Case("CreateAsync null draft", typeof(ArgumentNullException), client => client.CreateAsync(null!));
        yield return Case("CreateAsync no name", typeof(ArgumentException), client => client.CreateAsync(new ContactDraft { Channels = [email] }));
        yield return Case("CreateAsync blank name", typeof(ArgumentException), client => client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("  ") }));
        yield return Case("CreateAsync empty name parts", typeof(ArgumentException), client => client.CreateAsync(new ContactDraft { Name = PersonName.FromParts(" ", null) }));
        foreach (var badPhone in Strings("555-1234", "15551234567", "+0155512345", "+1 555 123 4567", "+1234567890123456"))
        {
            yield return Case($"CreateAsync phone '{badPhone}'", typeof(ArgumentException), client => client.CreateAsync(
                new ContactDraft { Name = ada, Channels = [new ContactChannel(ChannelKind.Phone, badPhone)] }));
        }

        foreach (var badEmail in Strings("not-an-email", "ada@example", "ada example@x.com", "a@b@c.com"))
        {
            yield return Case($"CreateAsync email '{badEmail}'", typeof(ArgumentException), client => client.CreateAsync(
                new ContactDraft { Name = ada, Channels = [new ContactChannel(ChannelKind.Email, badEmail)] }));
        }

        yield return Case("CreateAsync blank channel value", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, Channels = [new ContactChannel(ChannelKind.Email, " ")] }));
        yield return Case("CreateAsync two emails", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, Channels = [email, new ContactChannel(ChannelKind.Email, "ada2@example.com")] }));
        yield return Case("CreateAsync two phones", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, Channels = [phone, new ContactChannel(ChannelKind.Phone, "+442071234567")] }));
        yield return Case("CreateAsync WhatsApp channel", typeof(UnsupportedContactOperationException), client => client.CreateAsync(
            new ContactDraft { Name = ada, Channels = [new ContactChannel(ChannelKind.WhatsApp, "+15551234567")] }));
        yield return Case("CreateAsync company", typeof(UnsupportedContactOperationException), client => client.CreateAsync(
            new ContactDraft { Name = ada, Company = "Acme" }));
        yield return Case("CreateAsync job title", typeof(UnsupportedContactOperationException), client => client.CreateAsync(
            new ContactDraft { Name = ada, JobTitle = "Engineer" }));
        yield return Case("CreateAsync blank tag", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, Tags = ["vip", " "] }));
        yield return Case("CreateAsync object custom field", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, CustomFields = new Dictionary<string, JsonElement> { ["address"] = Json("""{"city":"London"}""") } }));
        yield return Case("CreateAsync array custom field", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, CustomFields = new Dictionary<string, JsonElement> { ["list"] = Json("[1,2]") } }));
        yield return Case("CreateAsync undefined custom field", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, CustomFields = new Dictionary<string, JsonElement> { ["nothing"] = default } }));
        yield return Case("CreateAsync blank custom field key", typeof(ArgumentException), client => client.CreateAsync(
            new ContactDraft { Name = ada, CustomFields = new Dictionary<string, JsonElement> { [" "] = Json("1") } }));

        // Patches.
        yield return Case("UpdateAsync null patch", typeof(ArgumentNullException), client => client.UpdateAsync(SomeId, null!));
        yield return Case("UpdateAsync blank name", typeof(ArgumentException), client => client.UpdateAsync(
            SomeId, new ContactPatch { Name = PersonName.FromFull(" ") }));
        yield return Case("UpdateAsync cleared name", typeof(ArgumentException), client => client.UpdateAsync(
            SomeId, new ContactPatch { Name = new Optional<PersonName?>(null) }));
        yield return Case("UpdateAsync company", typeof(UnsupportedContactOperationException), client => client.UpdateAsync(
            SomeId, new ContactPatch { Company = "Acme" }));
        yield return Case("UpdateAsync job title cleared", typeof(UnsupportedContactOperationException), client => client.UpdateAsync(
            SomeId, new ContactPatch { JobTitle = new Optional<string?>(null) }));
        yield return Case("UpdateAsync object custom field", typeof(ArgumentException), client => client.UpdateAsync(
            SomeId, new ContactPatch { CustomFields = new Dictionary<string, JsonElement?> { ["address"] = Json("""{"city":"London"}""") } }));

        // Tags.
        yield return Case("AddTagsAsync null", typeof(ArgumentNullException), client => client.AddTagsAsync(SomeId, null!));
        yield return Case("AddTagsAsync empty list", typeof(ArgumentException), client => client.AddTagsAsync(SomeId, []));
        yield return Case("AddTagsAsync blank tag", typeof(ArgumentException), client => client.AddTagsAsync(SomeId, ["vip", "  "]));
        yield return Case("AddTagsAsync empty tag", typeof(ArgumentException), client => client.AddTagsAsync(SomeId, [string.Empty]));
        yield return Case("RemoveTagsAsync empty list", typeof(ArgumentException), client => client.RemoveTagsAsync(SomeId, []));
        yield return Case("RemoveTagsAsync blank tag", typeof(ArgumentException), client => client.RemoveTagsAsync(SomeId, [" "]));

        // Channels.
        yield return Case("AddChannelAsync null", typeof(ArgumentNullException), client => client.AddChannelAsync(SomeId, null!));
        yield return Case("AddChannelAsync bad phone", typeof(ArgumentException), client => client.AddChannelAsync(
            SomeId, new ContactChannel(ChannelKind.Phone, "555 1234")));
        yield return Case("AddChannelAsync bad email", typeof(ArgumentException), client => client.AddChannelAsync(
            SomeId, new ContactChannel(ChannelKind.Email, "nobody")));
        foreach (var channelId in Strings("whatsapp", "Email", "PHONE", "email_1", "0"))
        {
            yield return Case($"UpdateChannelAsync channel id '{channelId}'", typeof(ArgumentException), client => client.UpdateChannelAsync(SomeId, channelId, email));
            yield return Case($"RemoveChannelAsync channel id '{channelId}'", typeof(ArgumentException), client => client.RemoveChannelAsync(SomeId, channelId));
        }

        yield return Case("UpdateChannelAsync null channel id", typeof(ArgumentNullException), client => client.UpdateChannelAsync(SomeId, null!, email));
        yield return Case("UpdateChannelAsync blank channel id", typeof(ArgumentException), client => client.UpdateChannelAsync(SomeId, " ", email));
        yield return Case("UpdateChannelAsync kind mismatch", typeof(ArgumentException), client => client.UpdateChannelAsync(SomeId, "email", phone));
        yield return Case("UpdateChannelAsync WhatsApp", typeof(UnsupportedContactOperationException), client => client.UpdateChannelAsync(
            SomeId, "phone", new ContactChannel(ChannelKind.WhatsApp, "+15551234567")));
        yield return Case("UpdateChannelAsync null channel", typeof(ArgumentNullException), client => client.UpdateChannelAsync(SomeId, "email", null!));
        yield return Case("RemoveChannelAsync null channel id", typeof(ArgumentNullException), client => client.RemoveChannelAsync(SomeId, null!));

        // Search and list.
        yield return Case("SearchAsync limit 0", typeof(ArgumentOutOfRangeException), client => Sync(() => client.SearchAsync("ada", 0)));
        yield return Case("SearchAsync limit -1", typeof(ArgumentOutOfRangeException), client => Sync(() => client.SearchAsync("ada", -1)));
        yield return Case("SearchAsync limit 101", typeof(ArgumentOutOfRangeException), client => Sync(() => client.SearchAsync("ada", 101)));
        yield return Case("SearchAsync null query", typeof(ArgumentNullException), client => Sync(() => client.SearchAsync(null!)));
        yield return Case("SearchAsync blank query", typeof(ArgumentException), client => Sync(() => client.SearchAsync("  ")));
        yield return Case("ListAsync negative MaxItems", typeof(ArgumentOutOfRangeException), client => Sync(() => client.ListAsync(new ContactQuery { MaxItems = -1 })));
        yield return Case("ListAsync PageSizeHint 0", typeof(ArgumentOutOfRangeException), client => Sync(() => client.ListAsync(new ContactQuery { PageSizeHint = 0 })));
        yield return Case("ListAsync AsPages hint 0", typeof(ArgumentOutOfRangeException), client => Sync(() => client.ListAsync().AsPages(pageSizeHint: 0)));
        yield return Case("ListAsync foreign token", typeof(ArgumentException), client => Sync(() => client.ListAsync().AsPages("not-a-token")));
    }

    [TestCaseSource(nameof(InvalidCalls))]
    public async Task Call_InvalidInput_ThrowsBeforeAnyRequest(Func<IAgentClaraContactsClient, Task> call, Type expected)
    {
        await Assert.ThrowsAsync(Is.TypeOf(expected), () => call(Client));

        Assert.That(Fake.Journal, Is.Empty);
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

    private static void AssertCalls(IReadOnlyList<FakeRequest> journal, params string[] calls)
        => Assert.That(journal.Select(entry => $"{entry.Method} {entry.Path}"), Is.EqualTo(calls));

    private static void AssertSameJson(string? actual, string expected)
        => Assert.That(
            actual is not null && JsonNode.DeepEquals(JsonNode.Parse(actual), JsonNode.Parse(expected)),
            Is.True,
            $"expected body {expected} but was {actual ?? "(none)"}");

    private static Dictionary<string, string> QueryOf(FakeRequest request)
        => request.Query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(
                parts => Uri.UnescapeDataString(parts[0]),
                parts => parts.Length > 1 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : string.Empty);

    private static async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static string[] Strings(params string[] values) => values;

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
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
