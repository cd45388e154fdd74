using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Testing;

/// <summary>WixFake over a raw HttpClient: every endpoint, its documented errors, auth, strictness, faults and the journal.</summary>
[TestFixture]
public sealed partial class WixFakeTests : FakeFixture
{
    private const string Contacts = "contacts/v4/contacts";
    private FakeTimeProvider _time = null!;
    private WixFake _fake = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public void StartFake()
    {
        _time = new FakeTimeProvider(new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.Zero));
        (_fake, _http) = Serve(WixFake.Start(new WixFakeOptions { TimeProvider = _time, MaxCustomFields = 2 }));
    }

    [Test]
    public async Task CreateContact_SpecRequest_AnswersRevisionOneIdsPrimaryAndE164()
    {
        await Send(HttpMethod.Post, "contacts/v4/labels", """{"displayName":"Label A"}""");
        await Send(HttpMethod.Post, "contacts/v4/extended-fields", """{"displayName":"color"}""");
        var (status, body) = await Send(HttpMethod.Post, Contacts, """
            {"info": {"name": {"first": "Some", "last": "One"},
                      "emails": {"items": [{"tag": "MAIN", "email": "email@example.com"}]},
                      "phones": {"items": [{"tag": "MOBILE", "countryCode": "US", "phone": "6465676359"}]},
                      "labelKeys": {"items": ["custom.label-a"]},
                      "extendedFields": {"items": {"custom.color": "Blue"}}},
             "allowDuplicates": false}
            """);

        Assert.That(status, Is.EqualTo(200));
        var contact = body!["contact"]!;
        Assert.That(contact["revision"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(contact["createdDate"]!.GetValue<string>(), Is.EqualTo("2024-01-15T10:30:00.000Z"));
        Assert.That(contact["info"]!["emails"]!["items"]![0]!["primary"]!.GetValue<bool>(), Is.True);
        Assert.That(contact["info"]!["emails"]!["items"]![0]!["id"], Is.Not.Null);
        Assert.That(contact["info"]!["phones"]!["items"]![0]!["e164Phone"]!.GetValue<string>(), Is.EqualTo("+16465676359"));
        Assert.That(contact["primaryInfo"]!["email"]!.GetValue<string>(), Is.EqualTo("email@example.com"));
        Assert.That(contact["lastActivity"]!["activityType"]!.GetValue<string>(), Is.EqualTo("CONTACT_CREATED"));
        Assert.That(contact["info"]!["extendedFields"]!["items"]!["contacts.displayByFirstName"]!.GetValue<string>(), Is.EqualTo("Some One"));
    }

    [Test]
    public async Task CreateContact_Errors_AnswerWixCodes()
    {
        Assert.That(await Code(HttpMethod.Post, Contacts, """{"info":{"company":"Acme"}}"""), Is.EqualTo((400, "INSUFFICIENT_CONTACT_DATA")));
        Assert.That(await Code(HttpMethod.Post, Contacts, """{"info":{"emails":{"items":[{"email":"a@x.com","primary":true},{"email":"b@x.com","primary":true}]}}}"""),
            Is.EqualTo((400, "CANNOT_HAVE_MULTIPLE_PRIMARY_INFO")));
        Assert.That(await Code(HttpMethod.Post, Contacts, """{"info":{"name":{"first":"A"},"labelKeys":{"items":["custom.none"]}}}"""),
            Is.EqualTo((400, "LABEL_NOT_FOUND")), "Assumption §10.6: a missing label key answers 400 LABEL_NOT_FOUND");
        await Send(HttpMethod.Post, "contacts/v4/extended-fields", """{"displayName":"points","dataType":"NUMBER"}""");
        Assert.That(await Code(HttpMethod.Post, Contacts, """{"info":{"name":{"first":"A"},"extendedFields":{"items":{"custom.points":"many"}}}}"""),
            Is.EqualTo((400, "INVALID_EXTENDED_FIELD_VALUE")));
        var (status, body) = await Send(HttpMethod.Post, Contacts, """{"info":{"emails":{"items":[{"email":"x","tag":"PERSONAL"}]}}}""");
        Assert.That(status, Is.EqualTo(400));
        Assert.That(body!["details"]!["validationError"]!["fieldViolations"]![0]!["field"]!.GetValue<string>(), Is.EqualTo("info.emails.items[0].tag"));
    }

    [Test]
    public async Task CreateContact_DuplicateEmail_Answers409UnlessAllowDuplicates()
    {
        var first = await CreateAsync("""{"info":{"emails":{"items":[{"email":"dup@example.com"}]}}}""");

        var (status, body) = await Send(HttpMethod.Post, Contacts, """{"info":{"emails":{"items":[{"email":"DUP@example.com"}]}}}""");
        Assert.That(status, Is.EqualTo(409));
        var error = body!["details"]!["applicationError"]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("DUPLICATE_CONTACT_EXISTS"));
        Assert.That(error["data"]!["duplicateContactId"]!.GetValue<string>(), Is.EqualTo(first));

        var (allowed, _) = await Send(HttpMethod.Post, Contacts, """{"info":{"emails":{"items":[{"email":"dup@example.com"}]}},"allowDuplicates":true}""");
        Assert.That(allowed, Is.EqualTo(200));
        Assert.That(_fake.ContactCount(), Is.EqualTo(2));
    }

    [Test]
    public async Task CreateContact_DuplicatePhoneWithoutEmail_Answers409()
    {
        await CreateAsync("""{"info":{"phones":{"items":[{"phone":"+15550001111"}]}}}""");
        Assert.That(await Code(HttpMethod.Post, Contacts, """{"info":{"phones":{"items":[{"phone":"+15550001111"}]}}}"""),
            Is.EqualTo((409, "DUPLICATE_CONTACT_EXISTS")));
    }

    [Test]
    public async Task UpdateContact_RevisionRules_StaleAnswersContactAlreadyChanged()
    {
        var id = await CreateAsync("""{"info":{"name":{"first":"A"},"company":"Old"}}""");

        var (status, body) = await Send(HttpMethod.Patch, $"{Contacts}/{id}", """{"revision":1,"info":{"company":"New","extendedFields":{"items":{}}}}""");
        Assert.That(status, Is.EqualTo(200));
        Assert.That(body!["contact"]!["revision"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(body["contact"]!["info"]!["name"]!["first"]!.GetValue<string>(), Is.EqualTo("A"), "absent sub-objects stay");

        var (stale, staleBody) = await Send(HttpMethod.Patch, $"{Contacts}/{id}", """{"revision":1,"info":{"company":"Lost"}}""");
        Assert.That(stale, Is.EqualTo(409));
        Assert.That(staleBody!["message"]!.GetValue<string>(), Is.EqualTo("Contact has been updated since the requested revision."));
        Assert.That(await Code(HttpMethod.Patch, $"{Contacts}/{id}", """{"info":{"company":"x"}}"""), Is.EqualTo((400, "INVALID_ARGUMENT")));
        Assert.That(await Code(HttpMethod.Patch, $"{Contacts}/{Guid.NewGuid()}", """{"revision":1,"info":{}}"""), Is.EqualTo((404, "CONTACT_NOT_FOUND")));
    }

    [Test]
    public async Task UpdateContact_ExtendedFields_MergeKeyByKey_AssumingNullRemoves()
    {
        await Send(HttpMethod.Post, "contacts/v4/extended-fields", """{"displayName":"a"}""");
        await Send(HttpMethod.Post, "contacts/v4/extended-fields", """{"displayName":"b"}""");
        var id = await CreateAsync("""{"info":{"name":{"first":"A"},"extendedFields":{"items":{"custom.a":"1","custom.b":"2"}}}}""");

        var (_, body) = await Send(HttpMethod.Patch, $"{Contacts}/{id}", """{"revision":1,"info":{"extendedFields":{"items":{"custom.a":null}}}}""");
        var items = body!["contact"]!["info"]!["extendedFields"]!["items"]!.AsObject();
        Assert.That(items.ContainsKey("custom.a"), Is.False);
        Assert.That(items["custom.b"]!.GetValue<string>(), Is.EqualTo("2"));
    }

    [Test]
    public async Task GetAndDelete_UnknownAndMemberContacts_AnswerDocumentedCodes()
    {
        var member = _fake.SeedContact("Member", email: "m@example.com", isMember: true);
        Assert.That(await Code(HttpMethod.Delete, $"{Contacts}/{member}", null), Is.EqualTo((428, "CANNOT_DELETE_MEMBER")), "Assumption §10.2: delete preconditions answer 428");
        Assert.That(await Code(HttpMethod.Get, $"{Contacts}/{Guid.NewGuid()}", null), Is.EqualTo((404, "CONTACT_NOT_FOUND")));
        Assert.That(await Code(HttpMethod.Delete, $"{Contacts}/{Guid.NewGuid()}", null), Is.EqualTo((404, "CONTACT_NOT_FOUND")));
        var id = await CreateAsync("""{"info":{"name":{"first":"Gone"}}}""");
        Assert.That((await Send(HttpMethod.Delete, $"{Contacts}/{id}?contactId={id}")).Status, Is.EqualTo(200), "the path parameter Wix's SDK repeats in the query is accepted");
    }

    [Test]
    public async Task SeedContact_Labels_FindsOrCreatesThemByDisplayName()
    {
        var first = _fake.SeedContact("Ada", labels: ["VIP", "Customers"]);
        var second = _fake.SeedContact("Grace", labels: ["vip"]);

        var (_, ada) = await Send(HttpMethod.Get, $"{Contacts}/{first}");
        var (_, grace) = await Send(HttpMethod.Get, $"{Contacts}/{second}");
        var (_, labels) = await Send(HttpMethod.Get, "/contacts/v4/labels");
        var adaKeys = ada!["contact"]!["info"]!["labelKeys"]!["items"]!.AsArray().Select(k => k!.GetValue<string>()).ToList();
        var graceKeys = grace!["contact"]!["info"]!["labelKeys"]!["items"]!.AsArray().Select(k => k!.GetValue<string>()).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(adaKeys, Has.Count.EqualTo(2));
            Assert.That(adaKeys, Does.Contain("contacts.customers"), "an existing SYSTEM label is reused by display name");
            Assert.That(graceKeys, Is.EqualTo(adaKeys.Where(k => k.StartsWith("custom.", StringComparison.Ordinal))), "display names match ignoring case");
            Assert.That(labels!["labels"]!.AsArray().Count(l => l!["displayName"]!.GetValue<string>() == "VIP"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task GetContact_Projection_UnionOfFieldsAndFieldsets()
    {
        var id = await CreateAsync("""{"info":{"name":{"first":"P"},"company":"Acme","emails":{"items":[{"email":"p@example.com"}]}}}""");

        var (_, body) = await Send(HttpMethod.Get, $"{Contacts}/{id}?fieldsets=BASIC&fields=info.company");
        var contact = body!["contact"]!.AsObject();
        Assert.That(contact.Select(p => p.Key), Is.EquivalentTo(new[] { "id", "revision", "primaryInfo", "primaryEmail", "info" }));
        Assert.That(contact["info"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "name", "company" }));
        Assert.That(body["responseType"]!.GetValue<string>(), Is.EqualTo("REGULAR"));
        Assert.That(await Code(HttpMethod.Get, $"{Contacts}/{id}?fieldsets=EVERYTHING", null), Is.EqualTo((400, "INVALID_ARGUMENT")));
    }

    [Test]
    public async Task QueryContacts_FilterSortAndPaging_FollowTheMatrix()
    {
        foreach (var (first, last) in new[] { ("Jane", "Smith"), ("John", "Smith"), ("Ann", "Other") })
        {
            await CreateAsync("{\"info\":{\"name\":{\"first\":\"" + first + "\",\"last\":\"" + last + "\"}}}");
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var (_, body) = await Send(HttpMethod.Post, $"{Contacts}/query",
            """{"query":{"filter":{"info.name.last":"Smith"},"sort":[{"fieldName":"createdDate","order":"DESC"}],"paging":{"limit":1,"offset":1},"fieldsets":["BASIC"]}}""");
        Assert.That(body!["contacts"]!.AsArray().Select(c => c!["info"]!["name"]!["first"]!.GetValue<string>()), Is.EqualTo(new[] { "Jane" }));
        Assert.That(body["pagingMetadata"]!.ToJsonString(), Is.EqualTo("""{"count":1,"offset":1,"total":2,"tooManyToCount":false}"""));

        var (_, ors) = await Send(HttpMethod.Post, $"{Contacts}/query",
            """{"query":{"filter":{"$or":[{"info.name.first":{"$startsWith":"ja"}},{"info.name.last":{"$in":["Other"]}}]},"sort":[{"fieldName":"info.name.first"}]}}""");
        Assert.That(ors!["contacts"]!.AsArray().Select(c => c!["info"]!["name"]!["first"]!.GetValue<string>()), Is.EqualTo(new[] { "Ann", "Jane" }),
            "Assumption §10.9: $or works on Query Contacts");
        var (_, search) = await Send(HttpMethod.Post, $"{Contacts}/query", """{"search":"john","query":{}}""");
        Assert.That(search!["contacts"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Query_UnconfirmedDefaults_AssumeCreatedDateAscUntaggedItemsSourceOtherAndFieldPagesOf1000()
    {
        var first = await CreateAsync("""{"info":{"name":{"first":"Z"},"emails":{"items":[{"email":"z@example.com"}]}}}""");
        _time.Advance(TimeSpan.FromSeconds(1));
        await CreateAsync("""{"info":{"name":{"first":"A"}}}""");

        var (_, body) = await Send(HttpMethod.Post, $"{Contacts}/query", "{}");
        var contacts = body!["contacts"]!.AsArray();
        Assert.That(contacts[0]!["id"]!.GetValue<string>(), Is.EqualTo(first), "Assumption §10.3: no sort means createdDate ASC");
        Assert.That(contacts[0]!["info"]!["emails"]!["items"]![0]!["tag"]!.GetValue<string>(), Is.EqualTo("UNTAGGED"), "Assumption §3: the default item tag");
        Assert.That(contacts[0]!["source"]!["sourceType"]!.GetValue<string>(), Is.EqualTo("OTHER"), "Assumption §10.10: sourceType of API-created contacts");
        Assert.That(await Code(HttpMethod.Post, "contacts/v4/extended-fields/query", """{"query":{"paging":{"limit":1001}}}"""), Is.EqualTo((400, "INVALID_ARGUMENT")),
            "Assumption §10.12: extended-field pages hold at most 1000");
    }

    [TestCase("""{"query":{"filter":{"info.name.nick":"x"}}}""", "UNSUPPORTED_FILTER_FIELD_UNKNOWN")]
    [TestCase("""{"query":{"filter":{"createdDate":{"$startsWith":"2020"}}}}""", "UNSUPPORTED_FILTER_OPERATOR")]
    [TestCase("""{"query":{"filter":{"info.name.first":{"$eq":5}}}}""", "UNSUPPORTED_FILTER_VALUE_TYPE")]
    [TestCase("""{"query":{"filter":{"$nor":[]}}}""", "UNSUPPORTED_FILTER")]
    [TestCase("""{"query":{"filter":{"$and":5}}}""", "MALFORMED_FILTER")]
    [TestCase("""{"query":{"sort":[{"fieldName":"updatedDate"}]}}""", "UNSUPPORTED_SORT_FIELD")]
    [TestCase("""{"query":{"sort":[{"fieldName":"createdDate"},{"fieldName":"info.name.first"}]}}""", "UNSUPPORTED_SORT_FIELD")]
    [TestCase("""{"query":{"paging":{"limit":1001}}}""", "ILLEGAL_LIMIT")]
    public async Task QueryContacts_OutsideTheMatrix_Answers400WithTheMatchingCode(string body, string code)
        => Assert.That(await Code(HttpMethod.Post, $"{Contacts}/query", body), Is.EqualTo((400, code)));

    [Test]
    public async Task ListContacts_GetWithDottedParameters_SortsAndPages()
    {
        await CreateAsync("""{"info":{"name":{"first":"B"}}}""");
        await CreateAsync("""{"info":{"name":{"first":"A"}}}""");
        var (_, body) = await Send(HttpMethod.Get, $"{Contacts}?sort.fieldName=info.name.first&sort.order=ASC&paging.limit=1&paging.offset=0&fieldsets=BASIC");
        Assert.That(body!["contacts"]![0]!["info"]!["name"]!["first"]!.GetValue<string>(), Is.EqualTo("A"));
        Assert.That(body["pagingMetadata"]!["total"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task LabelAndUnlabel_BumpRevision_AndAcceptQueryOrBodyKeys()
    {
        await Send(HttpMethod.Post, "contacts/v4/labels", """{"displayName":"a"}""");
        await Send(HttpMethod.Post, "contacts/v4/labels", """{"displayName":"b"}""");
        var id = await CreateAsync("""{"info":{"name":{"first":"L"}}}""");

        var (_, labelled) = await Send(HttpMethod.Post, $"{Contacts}/{id}/labels", """{"labelKeys":["custom.a","custom.b"]}""");
        Assert.That(labelled!["contact"]!["revision"]!.GetValue<int>(), Is.EqualTo(2), "Assumption §10.5: label bumps the revision");
        var (_, byQuery) = await Send(HttpMethod.Delete, $"{Contacts}/{id}/labels?labelKeys=custom.a");
        Assert.That(byQuery!["contact"]!["info"]!["labelKeys"]!["items"]!.AsArray().Select(k => k!.GetValue<string>()), Is.EqualTo(new[] { "custom.b" }));
        var (_, byBody) = await Send(HttpMethod.Delete, $"{Contacts}/{id}/labels", """{"labelKeys":["custom.b"]}""");
        Assert.That(byBody!["contact"]!["info"]!.AsObject().ContainsKey("labelKeys"), Is.False);
        Assert.That(await Code(HttpMethod.Post, $"{Contacts}/{id}/labels", """{"labelKeys":[]}"""), Is.EqualTo((400, "INVALID_ARGUMENT")));
    }

    [Test]
    public async Task Labels_FindOrCreateGetQueryRenameDelete_WithSystemLabelsSeeded()
    {
        var (_, created) = await Send(HttpMethod.Post, "contacts/v4/labels", """{"displayName":"My Label"}""");
        Assert.That(created!["label"]!["key"]!.GetValue<string>(), Is.EqualTo("custom.my-label"));
        Assert.That(created["newLabel"]!.GetValue<bool>(), Is.True);
        var (_, again) = await Send(HttpMethod.Post, "contacts/v4/labels", """{"displayName":"MY LABEL"}""");
        Assert.That(again!["newLabel"]!.GetValue<bool>(), Is.False, "Assumption §10.11: display names match without regard to case");

        var (_, got) = await Send(HttpMethod.Get, "contacts/v4/labels/contacts.customers");
        Assert.That(got!["label"]!["labelType"]!.GetValue<string>(), Is.EqualTo("SYSTEM"));
        var (_, listed) = await Send(HttpMethod.Get, "contacts/v4/labels?labelType=SYSTEM");
        Assert.That(listed!["labels"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(listed["metadata"], Is.Not.Null, "List answers metadata");
        var (_, queried) = await Send(HttpMethod.Post, "contacts/v4/labels/query", """{"query":{"filter":{"displayName":{"$startsWith":"my"}}}}""");
        Assert.That(queried!["labels"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(queried["pagingMetadata"], Is.Not.Null, "Query answers pagingMetadata");

        var (_, renamed) = await Send(HttpMethod.Patch, "contacts/v4/labels/custom.my-label", """{"label":{"displayName":"Renamed"}}""");
        Assert.That(renamed!["label"]!["displayName"]!.GetValue<string>(), Is.EqualTo("Renamed"));
        Assert.That(await Code(HttpMethod.Delete, "contacts/v4/labels/contacts.customers", null), Is.EqualTo((400, "CANNOT_MODIFY_SYSTEM_LABEL")));
        Assert.That((await Send(HttpMethod.Delete, "contacts/v4/labels/custom.my-label")).Status, Is.EqualTo(200));
        Assert.That(await Code(HttpMethod.Get, "contacts/v4/labels/custom.my-label", null), Is.EqualTo((404, "LABEL_NOT_FOUND")));
        Assert.That(await Code(HttpMethod.Post, "contacts/v4/labels/query", """{"query":{"filter":{"labelType":{"$ne":"SYSTEM"}}}}"""), Is.EqualTo((400, "UNSUPPORTED_FILTER_OPERATOR")));
    }

    [Test]
    public async Task LabelDelete_CascadesToContacts()
    {
        await Send(HttpMethod.Post, "contacts/v4/labels", """{"displayName":"gone"}""");
        var id = await CreateAsync("""{"info":{"name":{"first":"C"},"labelKeys":{"items":["custom.gone"]}}}""");
        await Send(HttpMethod.Delete, "contacts/v4/labels/custom.gone");
        var (_, body) = await Send(HttpMethod.Get, $"{Contacts}/{id}");
        Assert.That(body!["contact"]!["info"]!.AsObject().ContainsKey("labelKeys"), Is.False);
    }

    [Test]
    public async Task ExtendedFields_FindOrCreateQuotaRenameDelete_CascadeToContacts()
    {
        var (_, first) = await Send(HttpMethod.Post, "contacts/v4/extended-fields", """{"displayName":"groupColor"}""");
        Assert.That(first!["field"]!["key"]!.GetValue<string>(), Is.EqualTo("custom.groupcolor"));
        Assert.That(first["field"]!["dataType"]!.GetValue<string>(), Is.EqualTo("TEXT"), "Assumption §6: dataType defaults to TEXT");
        var (_, same) = await Send(HttpMethod.Post, "contacts/v4/extended-fields", """{"displayName":"groupColor","dataType":"NUMBER"}""");
        Assert.That((same!["newField"]!.GetValue<bool>(), same["field"]!["dataType"]!.GetValue<string>()), Is.EqualTo((false, "TEXT")));
        await Send(HttpMethod.Post, "contacts/v4/extended-fields", """{"displayName":"Website","dataType":"URL"}""");
        Assert.That(await Code(HttpMethod.Post, "contacts/v4/extended-fields", """{"displayName":"third"}"""), Is.EqualTo((400, "FIELDS_QUOTA_EXCEEDED")));

        var id = await CreateAsync("""{"info":{"name":{"first":"F"},"extendedFields":{"items":{"custom.website":"example.com"}}}}""");
        var (_, contact) = await Send(HttpMethod.Get, $"{Contacts}/{id}");
        Assert.That(contact!["contact"]!["info"]!["extendedFields"]!["items"]!["custom.website"]!.GetValue<string>(), Is.EqualTo("https://example.com"));

        var (_, renamed) = await Send(HttpMethod.Patch, "contacts/v4/extended-fields/custom.website", """{"field":{"displayName":"Site"}}""");
        Assert.That(renamed!["field"]!["displayName"]!.GetValue<string>(), Is.EqualTo("Site"));
        var (_, system) = await Send(HttpMethod.Post, "contacts/v4/extended-fields/query", """{"query":{"filter":{"fieldType":"SYSTEM"}}}""");
        Assert.That(system!["fields"]!.AsArray(), Is.Not.Empty);
        await Send(HttpMethod.Delete, "contacts/v4/extended-fields/custom.website");
        var (_, after) = await Send(HttpMethod.Get, $"{Contacts}/{id}");
        Assert.That(after!["contact"]!["info"]!["extendedFields"]!["items"]!.AsObject().ContainsKey("custom.website"), Is.False);
        Assert.That(await Code(HttpMethod.Get, "contacts/v4/extended-fields/custom.website", null), Is.EqualTo((404, "EXTENDED_FIELD_NOT_FOUND")));
    }

    [Test]
    public async Task Merge_AppendsDeletesSourcesAndRemembersMergedIds()
    {
        var target = await CreateAsync("""{"info":{"name":{"first":"T"},"emails":{"items":[{"email":"t@example.com"}]}}}""");
        var source = await CreateAsync("""{"info":{"name":{"first":"S"},"company":"S Co","emails":{"items":[{"email":"s@example.com"},{"email":"T@example.com"}]}},"allowDuplicates":true}""");
        var member = _fake.SeedContact("M", email: "m@example.com", isMember: true);

        Assert.That(await Code(HttpMethod.Post, $"{Contacts}/{target}/merge", $$"""{"targetContactRevision":1,"sourceContactIds":["{{member}}"]}"""),
            Is.EqualTo((428, "FAILED_PRECONDITION")));
        Assert.That(await Code(HttpMethod.Post, $"{Contacts}/{target}/merge", $$"""{"targetContactRevision":1,"sourceContactIds":["{{target}}"]}"""),
            Is.EqualTo((400, "ILLEGAL_MERGE")));
        Assert.That(await Code(HttpMethod.Post, $"{Contacts}/{target}/merge", $$"""{"targetContactRevision":7,"sourceContactIds":["{{source}}"]}"""),
            Is.EqualTo((409, "CONTACT_ALREADY_CHANGED")));

        var (_, merged) = await Send(HttpMethod.Post, $"{Contacts}/{target}/merge", $$"""{"targetContactRevision":1,"sourceContactIds":["{{source}}"]}""");
        var info = merged!["contact"]!["info"]!;
        Assert.That(info["emails"]!["items"]!.AsArray().Select(e => e!["email"]!.GetValue<string>()), Is.EqualTo(new[] { "t@example.com", "s@example.com" }));
        Assert.That((info["name"]!["first"]!.GetValue<string>(), info["company"]!.GetValue<string>()), Is.EqualTo(("T", "S Co")));
        var (_, byOldId) = await Send(HttpMethod.Get, $"{Contacts}/{source}");
        Assert.That((byOldId!["contact"]!["id"]!.GetValue<string>(), byOldId["responseType"]!.GetValue<string>()), Is.EqualTo((target, "MERGED")));
        Assert.That(await Code(HttpMethod.Patch, $"{Contacts}/{source}", """{"revision":1,"info":{}}"""), Is.EqualTo((404, "CONTACT_NOT_FOUND")), "only Get follows merged ids");
    }

    [Test]
    public async Task Bulk_RequiresFilterOrSearch_AndAnswersAJobId()
    {
        await CreateAsync("""{"info":{"name":{"first":"Bulk"}}}""");
        Assert.That(await Code(HttpMethod.Post, "contacts/v4/bulk/contacts/delete", "{}"), Is.EqualTo((400, "NEITHER_FILTER_NOR_SEARCH")));
        var (status, body) = await Send(HttpMethod.Post, "contacts/v4/bulk/contacts/delete", """{"filter":{"info.name.first":"Bulk"}}""");
        Assert.That((status, body!["jobId"]), Is.EqualTo((200, body["jobId"])));
        Assert.That(body["jobId"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(_fake.ContactCount(), Is.Zero);
    }

    [Test]
    public async Task Auth_ApiKeyNeedsSiteId_StoresArePerSite_AndBearerPrefixIsRefused()
    {
        Assert.That((await Send(HttpMethod.Get, "contacts/v4/labels", headers: ("Authorization", null))).Status, Is.EqualTo(401));
        Assert.That(await Code(HttpMethod.Get, "contacts/v4/labels", null, ("wix-site-id", null)), Is.EqualTo((403, "PERMISSION_DENIED")));
        Assert.That(await Code(HttpMethod.Get, "contacts/v4/labels", null, ("wix-account-id", "acc")), Is.EqualTo((400, "INVALID_ARGUMENT")));
        Assert.That(await Code(HttpMethod.Get, "contacts/v4/labels", null, ("Authorization", "IST.unknown")), Is.EqualTo((401, "UNAUTHENTICATED")));
        await CreateAsync("""{"info":{"name":{"first":"Site A"}}}""");
        Assert.That(_fake.ContactCount("other-site"), Is.Zero);
        Assert.That(await Code(HttpMethod.Get, "contacts/v4/labels", null, ("Authorization", "Bearer " + WixFake.DefaultCredential)), Is.EqualTo((401, "UNAUTHENTICATED")),
            "§1: an API key goes raw in Authorization (WixFakeDefaults.AcceptsBearerApiKey = false)");
        _fake.AddCredential("IST.limited", ["only-site"]);
        Assert.That(await Code(HttpMethod.Get, "contacts/v4/labels", null, ("Authorization", "IST.limited")), Is.EqualTo((403, "PERMISSION_DENIED")));
    }

    [Test]
    public async Task OAuthToken_IssuesSiteScopedTokensThatExpire()
    {
        var (status, token) = await Send(HttpMethod.Post, "oauth2/token",
            $$"""{"grant_type":"client_credentials","client_id":"{{WixFake.DefaultAppId}}","client_secret":"{{WixFake.DefaultAppSecret}}","instance_id":"{{WixFake.DefaultInstanceId}}"}""",
            ("Authorization", null));
        Assert.That(status, Is.EqualTo(200));
        Assert.That(token!["expires_in"]!.GetValue<int>(), Is.EqualTo(14400));
        var access = token["access_token"]!.GetValue<string>();
        await CreateAsync("""{"info":{"name":{"first":"Via key"}}}""");
        var (_, listed) = await Send(HttpMethod.Post, $"{Contacts}/query", "{}", ("Authorization", access), ("wix-site-id", null));
        Assert.That(listed!["contacts"]!.AsArray(), Has.Count.EqualTo(1), "the token selects the default site");

        _time.Advance(TimeSpan.FromHours(4));
        Assert.That((await Send(HttpMethod.Post, $"{Contacts}/query", "{}", ("Authorization", access), ("wix-site-id", null))).Status, Is.EqualTo(401));
        Assert.That(await Code(HttpMethod.Post, "oauth2/token", """{"grant_type":"client_credentials","client_id":"x","client_secret":"y","instance_id":"z"}""", ("Authorization", null)),
            Is.EqualTo((401, "UNAUTHENTICATED")));
    }

    [Test]
    public async Task Strict_UnknownEndpoint_Answers501NamingIt()
    {
        var (status, body) = await Send(HttpMethod.Get, "contacts/v4/contacts/facets");
        Assert.That(status, Is.EqualTo(404), "facets/… is read as a contact id");
        (status, body) = await Send(HttpMethod.Post, "contacts/v4/contacts/facets/query", "{}");
        Assert.That(status, Is.EqualTo(501));
        Assert.That(body!["message"]!.GetValue<string>(), Does.Contain("/contacts/v4/contacts/facets/query"));
    }

    [Test]
    public async Task Faults_RateLimitJournalAndReset_BehaveLikeTheOtherFakes()
    {
        _fake.FailNext(1, 503, "GET");
        Assert.That(await Code(HttpMethod.Get, "contacts/v4/labels", null), Is.EqualTo((503, (string?)null)));
        _fake.MalformNext(1);
        Assert.That((await Send(HttpMethod.Get, "contacts/v4/labels")).Body, Is.Null);
        _fake.EnableRateLimit(perMinute: 2);
        await Send(HttpMethod.Get, "contacts/v4/labels");
        await Send(HttpMethod.Get, "contacts/v4/labels");
        Assert.That(await Code(HttpMethod.Get, "contacts/v4/labels", null), Is.EqualTo((429, "RESOURCE_EXHAUSTED")));
        Assert.That(_fake.Journal.Select(r => r.StatusCode), Is.EqualTo(new[] { 503, 200, 200, 200, 429 }));
        Assert.That(_fake.Journal[0].Authorization, Is.EqualTo(WixFake.DefaultCredential));

        _fake.Reset();
        Assert.That(_fake.Journal, Is.Empty);
        Assert.That((await Send(HttpMethod.Get, "contacts/v4/labels")).Status, Is.EqualTo(200));
    }

    private async Task<string> CreateAsync(string body)
    {
        var (status, json) = await Send(HttpMethod.Post, Contacts, body);
        Assert.That(status, Is.EqualTo(200), json?.ToJsonString());
        return json!["contact"]!["id"]!.GetValue<string>();
    }

    private async Task<(int Status, string? Code)> Code(HttpMethod method, string path, string? body, params (string Name, string? Value)[] headers)
    {
        var (status, json) = await Send(method, path, body, headers);
        return (status, json?["details"]?["applicationError"]?["code"]?.GetValue<string>() ?? (json?["details"]?["validationError"] is null ? null : "INVALID_ARGUMENT"));
    }

    private async Task<(int Status, JsonNode? Body)> Send(HttpMethod method, string path, string? body = null, params (string Name, string? Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, path);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["Authorization"] = WixFake.DefaultCredential, ["wix-site-id"] = WixFake.DefaultSiteId };
        foreach (var (name, value) in headers)
        {
            values[name] = value;
        }

        foreach (var (name, value) in values.Where(pair => pair.Value is not null))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json;
        try
        {
            json = string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            json = null;
        }

        return ((int)response.StatusCode, json);
    }
}
