using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

// Expected values read best inline next to the assertion; these arrays are not on a hot path.
#pragma warning disable CA1861

namespace ContactsSdk.Tests.Testing;

[TestFixture]
public sealed partial class AgentClaraFakeTests : FakeFixture
{
    private const string ReadOnlyKey = "sk_test_read_only";
    private const string OtherAccountKey = "sk_test_other_account";
    private static readonly DateTimeOffset Start = new(2024, 1, 15, 10, 30, 0, TimeSpan.Zero);

    private FakeTimeProvider _time = null!;
    private AgentClaraFake _fake = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public void StartFake()
    {
        _time = new FakeTimeProvider(Start);
        (_fake, _http) = Serve(AgentClaraFake.Start(new AgentClaraFakeOptions { TimeProvider = _time }));
    }

    // ---- Start -------------------------------------------------------------------------------------------------

    [Test]
    public void Start_Default_BaseAddressIsLoopbackWithTrailingSlash()
    {
        Assert.That(_fake.BaseAddress.ToString(), Does.Match(@"^http://127\.0\.0\.1:\d+/$"));
    }

    // ---- Create ------------------------------------------------------------------------------------------------

    [Test]
    public async Task CreateContact_ValidBody_Returns201WithFullContact()
    {
        var reply = await SendAsync(
            HttpMethod.Post,
            "contacts",
            """{"name":"  Ada Lovelace ","email":"ada@example.com","phone":"+15551234567","tags":["vip","VIP","frequent"],"custom_fields":{"company":"Acme","seats":3,"gone":null}}""");

        var data = reply.Data;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Status, Is.EqualTo(201));
            Assert.That(reply.Json["success"]!.GetValue<bool>(), Is.True);
            Assert.That(data["id"]!.GetValue<string>(), Does.Match("^cust_[0-9a-z]{12}$"));
            Assert.That(data["name"]!.GetValue<string>(), Is.EqualTo("Ada Lovelace"));
            Assert.That(data["email"]!.GetValue<string>(), Is.EqualTo("ada@example.com"));
            Assert.That(data["phone"]!.GetValue<string>(), Is.EqualTo("+15551234567"));
            Assert.That(Strings(data["tags"]), Is.EqualTo(new[] { "vip", "frequent" }));
            Assert.That(data["custom_fields"]!.ToJsonString(), Is.EqualTo("""{"company":"Acme","seats":3}"""));
            Assert.That(data["created_at"]!.GetValue<string>(), Is.EqualTo(Stamp(_time.GetUtcNow())));
            Assert.That(data["updated_at"]!.GetValue<string>(), Is.EqualTo(data["created_at"]!.GetValue<string>()));
            Assert.That(data["conversation_count"]!.GetValue<int>(), Is.Zero);
            Assert.That(data.AsObject().ContainsKey("last_conversation"), Is.True);
            Assert.That(data["last_conversation"], Is.Null);
            Assert.That(reply.Header("X-Request-Id"), Does.Match("^req_[0-9a-z]+$"));
            Assert.That(_fake.ContactCount(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task GetContact_MinimalContact_EmitsEveryFieldWithEmptyValues()
    {
        var id = _fake.SeedContact("Bob");

        var reply = await SendAsync(HttpMethod.Get, $"contacts/{id}");

        var data = reply.Data.AsObject();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(
                data.Select(pair => pair.Key),
                Is.EquivalentTo(new[] { "id", "name", "email", "phone", "tags", "custom_fields", "created_at", "updated_at", "conversation_count", "last_conversation" }));
            Assert.That(data["email"], Is.Null);
            Assert.That(data["phone"], Is.Null);
            Assert.That(data["tags"]!.ToJsonString(), Is.EqualTo("[]"));
            Assert.That(data["custom_fields"]!.ToJsonString(), Is.EqualTo("{}"));
        }
    }

    [TestCase("{}", "name")]
    [TestCase("""{"name":"   "}""", "name")]
    [TestCase("""{"name":"A","email":"not-an-email"}""", "email")]
    [TestCase("""{"name":"A","phone":"5551234567"}""", "phone")]
    [TestCase("""{"name":"A","phone":"+0551234567"}""", "phone")]
    [TestCase("""{"name":"A","email":"a@example.com\n"}""", "email")]
    [TestCase("""{"name":"A","phone":"+15551234567\n"}""", "phone")]
    [TestCase("""{"name":"A","tags":"vip"}""", "tags")]
    [TestCase("""{"name":"A","custom_fields":{"nested":{"a":1}}}""", "custom_fields")]
    public async Task CreateContact_InvalidField_Returns400NamingParam(string body, string param)
    {
        var reply = await SendAsync(HttpMethod.Post, "contacts", body);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Status, Is.EqualTo(400));
            Assert.That(reply.Json["success"]!.GetValue<bool>(), Is.False);
            Assert.That(reply.Json["code"]!.GetValue<string>(), Is.EqualTo("invalid_request"));
            Assert.That(reply.Json["param"]!.GetValue<string>(), Is.EqualTo(param));
            Assert.That(_fake.ContactCount(), Is.Zero);
        }
    }

    [Test]
    public async Task CreateContact_InvalidJson_Returns400InvalidRequestWithoutParam()
    {
        var reply = await SendAsync(HttpMethod.Post, "contacts", """{"name": "A",""");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Status, Is.EqualTo(400));
            Assert.That(reply.Json["code"]!.GetValue<string>(), Is.EqualTo("invalid_request"));
            Assert.That(reply.Json.AsObject().ContainsKey("param"), Is.False);
        }
    }

    // ---- Get / update / delete ---------------------------------------------------------------------------------

    [Test]
    public async Task GetContact_UnknownId_Returns404ContactNotFound()
    {
        var reply = await SendAsync(HttpMethod.Get, "contacts/cust_doesnotexist");

        Assert.That(reply.Body, Is.EqualTo("""{"success":false,"error":"Contact not found","code":"not_found"}"""));
        Assert.That(reply.Status, Is.EqualTo(404));
    }

    [Test]
    public async Task UpdateContact_PartialBody_ChangesOnlyPresentKeysAndBumpsUpdatedAt()
    {
        var id = _fake.SeedContact(
            "Carol",
            email: "carol@example.com",
            phone: "+15550000001",
            tags: ["a", "b"],
            customFields: new Dictionary<string, object?> { ["company"] = "Acme", ["tier"] = "gold" });
        var created = Stamp(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(5));

        var reply = await SendAsync(
            HttpMethod.Patch,
            $"contacts/{id}",
            """{"email":null,"tags":["c"],"custom_fields":{"tier":null,"seats":5}}""");

        var data = reply.Data;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(data["name"]!.GetValue<string>(), Is.EqualTo("Carol"));
            Assert.That(data["email"], Is.Null);
            Assert.That(data["phone"]!.GetValue<string>(), Is.EqualTo("+15550000001"));
            Assert.That(Strings(data["tags"]), Is.EqualTo(new[] { "c" }));
            Assert.That(data["custom_fields"]!.ToJsonString(), Is.EqualTo("""{"company":"Acme","seats":5}"""));
            Assert.That(data["created_at"]!.GetValue<string>(), Is.EqualTo(created));
            Assert.That(data["updated_at"]!.GetValue<string>(), Is.EqualTo(Stamp(_time.GetUtcNow())));
        }
    }

    [Test]
    public async Task UpdateContact_Put_BehavesLikePatch()
    {
        var id = _fake.SeedContact("Dan", email: "dan@example.com");

        var reply = await SendAsync(HttpMethod.Put, $"contacts/{id}", """{"name":"Daniel"}""");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.Data["name"]!.GetValue<string>(), Is.EqualTo("Daniel"));
            Assert.That(reply.Data["email"]!.GetValue<string>(), Is.EqualTo("dan@example.com"));
        }
    }

    [Test]
    public async Task UpdateContact_EmptyBody_Returns200WithoutBumpingUpdatedAt()
    {
        var id = _fake.SeedContact("Eve");
        var created = Stamp(_time.GetUtcNow());
        _time.Advance(TimeSpan.FromMinutes(1));

        var reply = await SendAsync(HttpMethod.Patch, $"contacts/{id}", body: null);

        Assert.That(reply.Status, Is.EqualTo(200));
        Assert.That(reply.Data["updated_at"]!.GetValue<string>(), Is.EqualTo(created));
    }

    [TestCase("""{"name":null,"email":"x@example.com"}""", "name")]
    [TestCase("""{"name":" ","email":"x@example.com"}""", "name")]
    [TestCase("""{"email":"x@example.com","phone":"123"}""", "phone")]
    public async Task UpdateContact_InvalidField_Returns400AndLeavesContactUnchanged(string body, string param)
    {
        var id = _fake.SeedContact("Frank", email: "frank@example.com");

        var reply = await SendAsync(HttpMethod.Patch, $"contacts/{id}", body);
        var after = await SendAsync(HttpMethod.Get, $"contacts/{id}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Status, Is.EqualTo(400));
            Assert.That(reply.Json["param"]!.GetValue<string>(), Is.EqualTo(param));
            Assert.That(after.Data["email"]!.GetValue<string>(), Is.EqualTo("frank@example.com"));
        }
    }

    [Test]
    public async Task DeleteContact_Existing_Returns200ThenEverythingAnswers404ButConversationsRemain()
    {
        var id = _fake.SeedContact("Gina");
        var conversationId = _fake.SeedConversation(id);

        var deleted = await SendAsync(HttpMethod.Delete, $"contacts/{id}");
        var get = await SendAsync(HttpMethod.Get, $"contacts/{id}");
        var again = await SendAsync(HttpMethod.Delete, $"contacts/{id}");
        var contactConversations = await SendAsync(HttpMethod.Get, $"contacts/{id}/conversations");
        var conversation = await SendAsync(HttpMethod.Get, $"conversations/{conversationId}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(deleted.Status, Is.EqualTo(200));
            Assert.That(deleted.Body, Is.EqualTo($$$"""{"success":true,"data":{"id":"{{{id}}}","deleted":true}}"""));
            Assert.That(get.Status, Is.EqualTo(404));
            Assert.That(again.Status, Is.EqualTo(404));
            Assert.That(contactConversations.Status, Is.EqualTo(404));
            Assert.That(conversation.Status, Is.EqualTo(200));
            Assert.That(_fake.ContactCount(), Is.Zero);
        }
    }

    // ---- List / search -----------------------------------------------------------------------------------------

    [Test]
    public async Task ListContacts_DefaultSort_NewestCreatedFirstWithReducedItems()
    {
        var oldest = _fake.SeedContact("Old", createdAt: Start.AddDays(-3));
        var newest = _fake.SeedContact("New", createdAt: Start.AddDays(-1));
        var middle = _fake.SeedContact("Mid", createdAt: Start.AddDays(-2));

        var reply = await SendAsync(HttpMethod.Get, "contacts");

        var items = reply.Data.AsArray();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Ids(items), Is.EqualTo(new[] { newest, middle, oldest }));
            Assert.That(
                items[0]!.AsObject().Select(pair => pair.Key),
                Is.EquivalentTo(new[] { "id", "name", "email", "phone", "tags", "created_at", "updated_at", "last_conversation" }));
        }
    }

    [Test]
    public async Task ListContacts_SortName_OrdersAlphabeticallyIgnoringCase()
    {
        _fake.SeedContact("bravo");
        _fake.SeedContact("Charlie");
        _fake.SeedContact("alpha");

        var reply = await SendAsync(HttpMethod.Get, "contacts?sort=name");

        Assert.That(Names(reply.Data.AsArray()), Is.EqualTo(new[] { "alpha", "bravo", "Charlie" }));
    }

    [Test]
    public async Task ListContacts_SortUpdated_RecentlyUpdatedFirst()
    {
        var first = _fake.SeedContact("First", createdAt: Start.AddDays(-2));
        var second = _fake.SeedContact("Second", createdAt: Start.AddDays(-1));
        _time.Advance(TimeSpan.FromMinutes(1));
        await SendAsync(HttpMethod.Patch, $"contacts/{first}", """{"name":"First again"}""");

        var reply = await SendAsync(HttpMethod.Get, "contacts?sort=updated");

        Assert.That(Ids(reply.Data.AsArray()), Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public async Task ListContacts_SearchAndTag_FilterCaseInsensitively()
    {
        var match = _fake.SeedContact("Hanna Smith", email: "hanna@acme.io", tags: ["VIP"]);
        _fake.SeedContact("Hanna Jones", email: "hj@other.io", tags: ["regular"]);
        _fake.SeedContact("Ian", email: "ian@ACME.io", tags: ["vipish"]);

        var bySearch = await SendAsync(HttpMethod.Get, "contacts?search=ACME");
        var byTag = await SendAsync(HttpMethod.Get, "contacts?tag=vip");
        var both = await SendAsync(HttpMethod.Get, "contacts?search=hanna&tag=Vip");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Names(bySearch.Data.AsArray()), Is.EquivalentTo(new[] { "Hanna Smith", "Ian" }));
            Assert.That(Ids(byTag.Data.AsArray()), Is.EqualTo(new[] { match }));
            Assert.That(Ids(both.Data.AsArray()), Is.EqualTo(new[] { match }));
        }
    }

    [Test]
    public async Task ListContacts_LimitAndOffset_ReturnsPagesWithPaginationBlock()
    {
        for (var i = 0; i < 5; i++)
        {
            _fake.SeedContact($"Contact {i}", createdAt: Start.AddMinutes(-i));
        }

        var first = await SendAsync(HttpMethod.Get, "contacts?limit=2&offset=0");
        var last = await SendAsync(HttpMethod.Get, "contacts?limit=2&offset=4");
        var beyond = await SendAsync(HttpMethod.Get, "contacts?limit=2&offset=10");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Names(first.Data.AsArray()), Is.EqualTo(new[] { "Contact 0", "Contact 1" }));
            Assert.That(first.Json["pagination"]!.ToJsonString(), Is.EqualTo("""{"limit":2,"offset":0,"total":5,"has_more":true}"""));
            Assert.That(Names(last.Data.AsArray()), Is.EqualTo(new[] { "Contact 4" }));
            Assert.That(last.Json["pagination"]!["has_more"]!.GetValue<bool>(), Is.False);
            Assert.That(beyond.Data.AsArray(), Is.Empty);
        }
    }

    [Test]
    public async Task ListContacts_EmitPaginationFalse_ReturnsDocumentedBareShape()
    {
        _fake.SeedContact("Jo");
        _fake.EmitPagination = false;

        var reply = await SendAsync(HttpMethod.Get, "contacts");

        Assert.That(reply.Json.AsObject().Select(pair => pair.Key), Is.EqualTo(new[] { "success", "data" }));
        Assert.That(reply.Data.AsArray(), Has.Count.EqualTo(1));
    }

    [TestCase("limit=0", "limit")]
    [TestCase("limit=101", "limit")]
    [TestCase("limit=ten", "limit")]
    [TestCase("offset=-1", "offset")]
    [TestCase("sort=email", "sort")]
    [TestCase("page=2", "page")]
    [TestCase("Limit=5", "Limit")]
    public async Task ListContacts_InvalidOrUnknownQuery_Returns400NamingParam(string query, string param)
    {
        var reply = await SendAsync(HttpMethod.Get, $"contacts?{query}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Status, Is.EqualTo(400));
            Assert.That(reply.Json["code"]!.GetValue<string>(), Is.EqualTo("invalid_request"));
            Assert.That(reply.Json["param"]!.GetValue<string>(), Is.EqualTo(param));
            Assert.That(reply.Json["error"]!.GetValue<string>(), Does.Contain(param));
        }
    }

    [Test]
    public async Task SearchContacts_ExactEmailMatch_ComesBeforeNewerSubstringMatches()
    {
        var exact = _fake.SeedContact("Kim", email: "kim@example.com", createdAt: Start.AddDays(-5));
        var newer = _fake.SeedContact("Kim Example", email: "kim@example.com.au", createdAt: Start.AddDays(-1));
        var newest = _fake.SeedContact("kim@example.com fan", createdAt: Start);

        var reply = await SendAsync(HttpMethod.Get, "contacts/search?q=KIM@example.com");

        Assert.That(Ids(reply.Data.AsArray()), Is.EqualTo(new[] { exact, newest, newer }));
    }

    [Test]
    public async Task SearchContacts_NoLimit_ReturnsTenWithPagination()
    {
        for (var i = 0; i < 12; i++)
        {
            _fake.SeedContact($"Lee {i}");
        }

        var reply = await SendAsync(HttpMethod.Get, "contacts/search?q=lee");

        Assert.That(reply.Data.AsArray(), Has.Count.EqualTo(10));
        Assert.That(reply.Json["pagination"]!.ToJsonString(), Is.EqualTo("""{"limit":10,"offset":0,"total":12,"has_more":true}"""));
    }

    [TestCase("contacts/search", "q")]
    [TestCase("contacts/search?q=%20", "q")]
    [TestCase("contacts/search?q=a&offset=1", "offset")]
    public async Task SearchContacts_MissingQOrOffset_Returns400(string path, string param)
    {
        var reply = await SendAsync(HttpMethod.Get, path);

        Assert.That(reply.Status, Is.EqualTo(400));
        Assert.That(reply.Json["param"]!.GetValue<string>(), Is.EqualTo(param));
    }

    // ---- Conversations -----------------------------------------------------------------------------------------

    [Test]
    public async Task ContactConversations_SeededConversations_MatchFilterAndDriveDerivedFields()
    {
        var id = _fake.SeedContact("Max");
        var older = _fake.SeedConversation(id, timestamp: Start.AddHours(-2));
        var newer = _fake.SeedConversation(id, channel: "email", timestamp: Start.AddHours(-1));
        _fake.SeedConversation(_fake.SeedContact("Other"));

        var viaContact = await SendAsync(HttpMethod.Get, $"contacts/{id}/conversations");
        var viaFilter = await SendAsync(HttpMethod.Get, $"conversations?customer_id={id}");
        var contact = await SendAsync(HttpMethod.Get, $"contacts/{id}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Ids(viaContact.Data.AsArray()), Is.EqualTo(new[] { newer, older }));
            Assert.That(viaContact.Data.ToJsonString(), Is.EqualTo(viaFilter.Data.ToJsonString()));
            Assert.That(viaContact.Data[0]!.AsObject().ContainsKey("messages"), Is.False);
            Assert.That(contact.Data["conversation_count"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(contact.Data["last_conversation"]!.GetValue<string>(), Is.EqualTo(Stamp(Start.AddHours(-1))));
        }
    }

    [Test]
    public async Task CreateConversation_UnknownPhone_CreatesContactAndFirstAssistantMessage()
    {
        var reply = await SendAsync(
            HttpMethod.Post,
            "conversations",
            """{"channel":"sms","customer_phone":"+15557654321","customer_name":"Nia","message":"Hi Nia"}""");

        var data = reply.Data;
        var contact = await SendAsync(HttpMethod.Get, $"contacts/{data["customer_id"]!.GetValue<string>()}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Status, Is.EqualTo(201));
            Assert.That(data["id"]!.GetValue<string>(), Does.Match("^conv_[0-9a-z]{12}$"));
            Assert.That(data["status"]!.GetValue<string>(), Is.EqualTo("open"));
            Assert.That(data["last_message"]!.GetValue<string>(), Is.EqualTo("Hi Nia"));
            Assert.That(data["messages"]![0]!["sender"]!.GetValue<string>(), Is.EqualTo("assistant"));
            Assert.That(contact.Data["name"]!.GetValue<string>(), Is.EqualTo("Nia"));
            Assert.That(contact.Data["phone"]!.GetValue<string>(), Is.EqualTo("+15557654321"));
            Assert.That(contact.Data["conversation_count"]!.GetValue<int>(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task CreateConversation_KnownEmail_ReusesExistingContact()
    {
        var id = _fake.SeedContact("Omar", email: "omar@example.com");

        var reply = await SendAsync(HttpMethod.Post, "conversations", """{"channel":"email","customer_email":"OMAR@example.com"}""");

        Assert.That(reply.Data["customer_id"]!.GetValue<string>(), Is.EqualTo(id));
        Assert.That(_fake.ContactCount(), Is.EqualTo(1));
    }

    [TestCase("""{"channel":"sms"}""", "customer_phone")]
    [TestCase("""{"channel":"email","customer_phone":"+15550000000"}""", "customer_email")]
    [TestCase("""{"channel":"pigeon","customer_phone":"+15550000000"}""", "channel")]
    public async Task CreateConversation_MissingChannelAddress_Returns400(string body, string param)
    {
        var reply = await SendAsync(HttpMethod.Post, "conversations", body);

        Assert.That(reply.Status, Is.EqualTo(400));
        Assert.That(reply.Json["param"]!.GetValue<string>(), Is.EqualTo(param));
    }

    [Test]
    public async Task SendMessage_FromCustomer_UpdatesLastMessageTimestampAndUnread()
    {
        var conversationId = _fake.SeedConversation(_fake.SeedContact("Pia"), timestamp: Start.AddDays(-1));

        var sent = await SendAsync(HttpMethod.Post, $"conversations/{conversationId}/messages", """{"content":"Hello?","sender":"customer"}""");
        var detail = await SendAsync(HttpMethod.Get, $"conversations/{conversationId}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.Status, Is.EqualTo(201));
            Assert.That(sent.Data["id"]!.GetValue<string>(), Does.Match("^msg_"));
            Assert.That(detail.Data["last_message"]!.GetValue<string>(), Is.EqualTo("Hello?"));
            Assert.That(detail.Data["unread"]!.GetValue<bool>(), Is.True);
            Assert.That(detail.Data["timestamp"]!.GetValue<string>(), Is.EqualTo(Stamp(_time.GetUtcNow())));
            Assert.That(detail.Data["messages"]!.AsArray(), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task UpdateAndCloseConversation_ChangeStatusAndTags_VisibleInFilteredList()
    {
        var contactId = _fake.SeedContact("Quinn");
        var conversationId = _fake.SeedConversation(contactId, channel: "whatsapp");
        var closedId = _fake.SeedConversation(contactId, channel: "whatsapp");

        var patched = await SendAsync(HttpMethod.Patch, $"conversations/{conversationId}", """{"status":"resolved","tags":["x","X","y"]}""");
        var closed = await SendAsync(HttpMethod.Post, $"conversations/{closedId}/close");
        var resolvedList = await SendAsync(HttpMethod.Get, "conversations?status=resolved&channel=whatsapp");
        var badChannel = await SendAsync(HttpMethod.Get, "conversations?channel=fax");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Strings(patched.Data["tags"]), Is.EqualTo(new[] { "x", "y" }));
            Assert.That(closed.Data["status"]!.GetValue<string>(), Is.EqualTo("closed"));
            Assert.That(Ids(resolvedList.Data.AsArray()), Is.EqualTo(new[] { conversationId }));
            Assert.That(badChannel.Status, Is.EqualTo(400));
        }
    }

    // ---- Strictness --------------------------------------------------------------------------------------------

    [TestCase("GET", "foo")]
    [TestCase("POST", "contacts/search")]
    [TestCase("DELETE", "conversations/conv_123")]
    [TestCase("GET", "contacts/")]
    [TestCase("GET", "v1/contacts")]
    public async Task UnknownRoute_AnyKey_Returns501NamingMethodAndPath(string method, string path)
    {
        var reply = await SendAsync(new HttpMethod(method), path, apiKey: "sk_test_unknown");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Status, Is.EqualTo(501));
            Assert.That(reply.Json["code"]!.GetValue<string>(), Is.EqualTo("not_emulated"));
            Assert.That(reply.Json["error"]!.GetValue<string>(), Is.EqualTo($"AgentClaraFake does not emulate {method} /{path}"));
        }
    }

    // ---- Auth --------------------------------------------------------------------------------------------------

    [TestCase(null)]
    [TestCase("Basic c2tfdGVzdA==")]
    [TestCase("Bearer sk_test_unknown")]
    [TestCase("Bearer ")]
    public async Task AnyRequest_MissingOrInvalidAuthorization_Returns401InvalidApiKey(string? authorization)
    {
        var reply = await SendRawAuthAsync(HttpMethod.Get, "contacts", authorization);

        Assert.That(reply.Status, Is.EqualTo(401));
        Assert.That(reply.Body, Is.EqualTo("""{"success":false,"error":"Invalid API key","code":"unauthorized"}"""));
    }

    [Test]
    public async Task Write_ReadOnlyKey_Returns403WhileReadsSucceed()
    {
        _fake.AddCredential(ReadOnlyKey, "default", readOnly: true);
        var id = _fake.SeedContact("Ray");

        var read = await SendAsync(HttpMethod.Get, $"contacts/{id}", apiKey: ReadOnlyKey);
        var write = await SendAsync(HttpMethod.Post, "contacts", """{"name":"Nope"}""", apiKey: ReadOnlyKey);
        var delete = await SendAsync(HttpMethod.Delete, $"contacts/{id}", apiKey: ReadOnlyKey);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(read.Status, Is.EqualTo(200));
            Assert.That(write.Status, Is.EqualTo(403));
            Assert.That(write.Json["code"]!.GetValue<string>(), Is.EqualTo("forbidden"));
            Assert.That(delete.Status, Is.EqualTo(403));
            Assert.That(_fake.ContactCount(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task GetContact_IdFromOtherSubAccount_Returns404AndListsAreIsolated()
    {
        _fake.AddCredential(OtherAccountKey, "other");
        var mine = _fake.SeedContact("Sam");
        var theirs = await SendAsync(HttpMethod.Post, "contacts", """{"name":"Tia"}""", apiKey: OtherAccountKey);

        var crossGet = await SendAsync(HttpMethod.Get, $"contacts/{mine}", apiKey: OtherAccountKey);
        var crossPatch = await SendAsync(HttpMethod.Patch, $"contacts/{theirs.Data["id"]!.GetValue<string>()}", """{"name":"X"}""");
        var otherList = await SendAsync(HttpMethod.Get, "contacts", apiKey: OtherAccountKey);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(crossGet.Status, Is.EqualTo(404));
            Assert.That(crossPatch.Status, Is.EqualTo(404));
            Assert.That(Names(otherList.Data.AsArray()), Is.EqualTo(new[] { "Tia" }));
            Assert.That(_fake.ContactCount(), Is.EqualTo(1));
            Assert.That(_fake.ContactCount("other"), Is.EqualTo(1));
        }
    }

    // ---- Faults ------------------------------------------------------------------------------------------------

    [Test]
    public async Task FailNext_WithRetryAfter_AnswersErrorWithoutStateChangeThenRecovers()
    {
        _fake.FailNext(1, 503, retryAfter: TimeSpan.FromSeconds(6.5));

        var failed = await SendAsync(HttpMethod.Post, "contacts", """{"name":"Uma"}""");
        var next = await SendAsync(HttpMethod.Post, "contacts", """{"name":"Uma"}""");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed.Status, Is.EqualTo(503));
            Assert.That(failed.Json["success"]!.GetValue<bool>(), Is.False);
            Assert.That(failed.Json["code"]!.GetValue<string>(), Is.EqualTo("server_error"));
            Assert.That(failed.Header("Retry-After"), Is.EqualTo("7"));
            Assert.That(failed.Header("X-Request-Id"), Does.StartWith("req_"));
            Assert.That(next.Status, Is.EqualTo(201));
            Assert.That(_fake.ContactCount(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task FailNext_MethodAndPathFilter_OnlyMatchingRequestsFail()
    {
        _fake.FailNext(1, 500, method: "GET", pathPrefix: "/contacts");

        var post = await SendAsync(HttpMethod.Post, "contacts", """{"name":"Vic"}""");
        var conversations = await SendAsync(HttpMethod.Get, "conversations");
        var get = await SendAsync(HttpMethod.Get, "contacts/search?q=vic");
        var getAgain = await SendAsync(HttpMethod.Get, "contacts/search?q=vic");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(post.Status, Is.EqualTo(201));
            Assert.That(conversations.Status, Is.EqualTo(200));
            Assert.That(get.Status, Is.EqualTo(500));
            Assert.That(getAgain.Status, Is.EqualTo(200));
        }
    }

    [Test]
    public async Task Faults_SeveralInjected_AreConsumedInInjectionOrder()
    {
        _fake.FailNext(2, 502);
        _fake.FailNext(1, 429, retryAfter: TimeSpan.FromSeconds(2));

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await SendAsync(HttpMethod.Get, "contacts")).Status);
        }

        Assert.That(statuses, Is.EqualTo(new[] { 502, 502, 429, 200 }));
    }

    [Test]
    public async Task MalformNext_Post_Answers200JsonThatDoesNotParseAndStoresNothing()
    {
        _fake.MalformNext(1, method: "POST");

        var reply = await SendAsync(HttpMethod.Post, "contacts", """{"name":"Wes"}""", parseJson: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.MediaType, Is.EqualTo("application/json"));
            Assert.That(() => JsonNode.Parse(reply.Body), Throws.InstanceOf<JsonException>());
            Assert.That(_fake.ContactCount(), Is.Zero);
        }
    }

    [Test]
    public async Task DropNext_Request_ThrowsHttpRequestExceptionAndStoresNothing()
    {
        _fake.DropNext(1, pathPrefix: "/contacts");

        await Assert.ThrowsAsync<HttpRequestException>(() => SendAsync(HttpMethod.Post, "contacts", """{"name":"Xia"}"""));
        var next = await SendAsync(HttpMethod.Post, "contacts", """{"name":"Xia"}""");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(next.Status, Is.EqualTo(201));
            Assert.That(_fake.ContactCount(), Is.EqualTo(1));
            Assert.That(_fake.Journal.Select(entry => entry.StatusCode), Is.EqualTo(new[] { 0, 201 }));
        }
    }

    [Test]
    public async Task ApplyThenFailNext_Post_PersistsContactButAnswersError()
    {
        _fake.ApplyThenFailNext(1, 500, method: "POST");

        var reply = await SendAsync(HttpMethod.Post, "contacts", """{"name":"Yan"}""");
        var list = await SendAsync(HttpMethod.Get, "contacts");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Status, Is.EqualTo(500));
            Assert.That(reply.Json["code"]!.GetValue<string>(), Is.EqualTo("server_error"));
            Assert.That(Names(list.Data.AsArray()), Is.EqualTo(new[] { "Yan" }));
        }
    }

    [Test]
    public async Task DelayNext_SmallDelay_AnswersWhenTheFakeClockPassesItThenHandlesNormally()
    {
        // Only the POST: the GET sent meanwhile must not be the one held (nothing would move the clock for it).
        _fake.DelayNext(1, TimeSpan.FromSeconds(3), "POST", "/contacts");

        var delayed = SendAsync(HttpMethod.Post, "contacts", """{"name":"Zoe"}""");
        var prompt = await SendAsync(HttpMethod.Get, "contacts");
        var listedWhileHeld = prompt.Data.AsArray().Count;
        while (!delayed.IsCompleted)
        {
            _time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(delayed, Task.Delay(5));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await delayed).Status, Is.EqualTo(201));
            Assert.That(listedWhileHeld, Is.Zero, "the held request is not applied before the fake clock passes its delay");
            Assert.That((await SendAsync(HttpMethod.Get, "contacts")).Data.AsArray(), Has.Count.EqualTo(1));
        }
    }

    // ---- Rate limit --------------------------------------------------------------------------------------------

    [Test]
    public async Task EnableRateLimit_PerMinuteExceeded_Returns429UntilClockAdvances()
    {
        _fake.EnableRateLimit(perMinute: 3, perTenSeconds: 100);

        var remaining = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            remaining.Add((await SendAsync(HttpMethod.Get, "contacts")).Header("X-RateLimit-Remaining"));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var limited = await SendAsync(HttpMethod.Get, "contacts");
        _time.Advance(TimeSpan.FromSeconds(56));
        var stillLimited = await SendAsync(HttpMethod.Get, "contacts");
        _time.Advance(TimeSpan.FromSeconds(1));
        var allowed = await SendAsync(HttpMethod.Get, "contacts");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(remaining, Is.EqualTo(new[] { "2", "1", "0" }));
            Assert.That(limited.Status, Is.EqualTo(429));
            Assert.That(limited.Json["code"]!.GetValue<string>(), Is.EqualTo("rate_limited"));
            Assert.That(limited.Header("Retry-After"), Is.EqualTo("57"));
            Assert.That(limited.Header("X-RateLimit-Limit"), Is.EqualTo("3"));
            Assert.That(limited.Header("X-RateLimit-Remaining"), Is.EqualTo("0"));
            Assert.That(stillLimited.Status, Is.EqualTo(429));
            Assert.That(stillLimited.Header("Retry-After"), Is.EqualTo("1"));
            Assert.That(allowed.Status, Is.EqualTo(200));
        }
    }

    [Test]
    public async Task EnableRateLimit_BurstExceeded_LimitsOnlyThatKeyForTenSeconds()
    {
        _fake.AddCredential(OtherAccountKey, "other");
        _fake.EnableRateLimit(perMinute: 1000, perTenSeconds: 2);

        await SendAsync(HttpMethod.Get, "contacts");
        await SendAsync(HttpMethod.Get, "contacts");
        var limited = await SendAsync(HttpMethod.Get, "contacts");
        var otherKey = await SendAsync(HttpMethod.Get, "contacts", apiKey: OtherAccountKey);
        _time.Advance(TimeSpan.FromSeconds(10));
        var afterWindow = await SendAsync(HttpMethod.Get, "contacts");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(limited.Status, Is.EqualTo(429));
            Assert.That(limited.Header("Retry-After"), Is.EqualTo("10"));
            Assert.That(limited.Header("X-RateLimit-Limit"), Is.EqualTo("2"));
            Assert.That(otherKey.Status, Is.EqualTo(200));
            Assert.That(afterWindow.Status, Is.EqualTo(200));
        }
    }

    [Test]
    public async Task DisableRateLimit_AfterLimitHit_LetsRequestsThrough()
    {
        _fake.EnableRateLimit(perMinute: 1, perTenSeconds: 1);
        await SendAsync(HttpMethod.Get, "contacts");

        _fake.DisableRateLimit();
        var reply = await SendAsync(HttpMethod.Get, "contacts");

        Assert.That(reply.Status, Is.EqualTo(200));
        Assert.That(reply.Header("X-RateLimit-Limit"), Is.Null);
    }

    // ---- Journal / reset / concurrency / seeding ---------------------------------------------------------------

    [Test]
    public async Task Journal_MixedRequests_RecordsEachInArrivalOrder()
    {
        await SendAsync(HttpMethod.Post, "contacts", """{"name":"Journal"}""");
        await SendAsync(HttpMethod.Get, "contacts?limit=5&search=j%20o");
        await SendRawAuthAsync(HttpMethod.Get, "contacts", authorization: null);
        await SendAsync(HttpMethod.Get, "nope");

        var journal = _fake.Journal;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(journal.Select(entry => $"{entry.Method} {entry.Path} {entry.StatusCode}"), Is.EqualTo(new[]
            {
                "POST /contacts 201", "GET /contacts 200", "GET /contacts 401", "GET /nope 501",
            }));
            Assert.That(journal[0].Body, Is.EqualTo("""{"name":"Journal"}"""));
            Assert.That(journal[0].Authorization, Is.EqualTo($"Bearer {AgentClaraFake.DefaultCredential}"));
            Assert.That(journal[0].Query, Is.Empty);
            Assert.That(journal[0].ReceivedAt, Is.EqualTo(_time.GetUtcNow()));
            Assert.That(journal[1].Query, Is.EqualTo("limit=5&search=j%20o"));
            Assert.That(journal[1].Body, Is.Null);
            Assert.That(journal[2].Authorization, Is.Null);
        }
    }

    [Test]
    public async Task ClearJournal_AfterRequests_LeavesItEmpty()
    {
        await SendAsync(HttpMethod.Get, "contacts");

        _fake.ClearJournal();

        Assert.That(_fake.Journal, Is.Empty);
    }

    [Test]
    public async Task Reset_AfterChanges_RestoresJustStartedState()
    {
        _fake.AddCredential(OtherAccountKey, "other");
        _fake.SeedContact("Gone");
        _fake.EmitPagination = false;
        _fake.EnableRateLimit(perMinute: 1, perTenSeconds: 1);
        _fake.FailNext(5, 500);
        await SendAsync(HttpMethod.Get, "contacts");

        _fake.Reset();
        var list = await SendAsync(HttpMethod.Get, "contacts");
        var again = await SendAsync(HttpMethod.Get, "contacts");
        var otherKey = await SendAsync(HttpMethod.Get, "contacts", apiKey: OtherAccountKey);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(list.Status, Is.EqualTo(200));
            Assert.That(list.Data.AsArray(), Is.Empty);
            Assert.That(list.Json["pagination"], Is.Not.Null);
            Assert.That(again.Status, Is.EqualTo(200));
            Assert.That(otherKey.Status, Is.EqualTo(401));
            Assert.That(_fake.EmitPagination, Is.True);
            Assert.That(_fake.Journal, Has.Count.EqualTo(3));
        }
    }

    [Test]
    public async Task CreateContact_ConcurrentRequests_AllStoredWithUniqueIds()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => SendAsync(HttpMethod.Post, "contacts", $$"""{"name":"Parallel {{i}}"}""")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(replies.Select(reply => reply.Status), Is.All.EqualTo(201));
            Assert.That(replies.Select(reply => reply.Data["id"]!.GetValue<string>()), Is.Unique);
            Assert.That(_fake.ContactCount(), Is.EqualTo(40));
            Assert.That(_fake.Journal, Has.Count.EqualTo(40));
        }
    }

    [Test]
    public void SeedContact_InvalidPhone_ThrowsArgumentException()
    {
        Assert.That(() => _fake.SeedContact("Bad", phone: "555"), Throws.ArgumentException.With.Property("ParamName").EqualTo("phone"));
    }

    [Test]
    public void SeedConversation_ContactOfOtherSubAccount_ThrowsArgumentException()
    {
        var id = _fake.SeedContact("Elsewhere", subAccount: "other");

        Assert.That(() => _fake.SeedConversation(id), Throws.ArgumentException.With.Property("ParamName").EqualTo("contactId"));
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private static string Stamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string[] Strings(JsonNode? array) =>
        array!.AsArray().Select(item => item!.GetValue<string>()).ToArray();

    private static string[] Ids(JsonArray items) =>
        items.Select(item => item!["id"]!.GetValue<string>()).ToArray();

    private static string[] Names(JsonArray items) =>
        items.Select(item => item!["name"]!.GetValue<string>()).ToArray();

    private Task<Reply> SendAsync(
        HttpMethod method,
        string path,
        string? body = null,
        string? apiKey = AgentClaraFake.DefaultCredential,
        bool parseJson = true) =>
        SendRawAuthAsync(method, path, apiKey is null ? null : $"Bearer {apiKey}", body, parseJson);

    private async Task<Reply> SendRawAuthAsync(
        HttpMethod method,
        string path,
        string? authorization,
        string? body = null,
        bool parseJson = true)
    {
        using var request = new HttpRequestMessage(method, path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Reply(
            (int)response.StatusCode,
            text,
            parseJson ? JsonNode.Parse(text)! : new JsonObject(),
            response.Content.Headers.ContentType?.MediaType,
            response.Headers.ToDictionary(header => header.Key, header => string.Join(",", header.Value), StringComparer.OrdinalIgnoreCase));
    }

    private sealed record Reply(int Status, string Body, JsonNode Json, string? MediaType, Dictionary<string, string> Headers)
    {
        public JsonNode Data => Json["data"]!;

        public string? Header(string name) => Headers.GetValueOrDefault(name);
    }
}
