using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using ContactsSdk.Paging;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Wix;

namespace ContactsSdk.Tests.Adversarial;

/// <summary>
/// Issue 12 items 8-13 as a hostile reviewer replays them on the vendor-only surface and with inputs the issue did not
/// list: ids a path could be built from, forged tokens on every vendor listing, revisions in every odd spelling, tags in
/// other forms and cases, and the vendor query's <c>ToString</c>. Over HTTP against the fakes; nothing reaches a fake.
/// </summary>
public sealed class InputAdversarialTests
{
    private AgentClaraHarness _clara = null!;
    private WixHarness _wix = null!;
    private EcwidHarness _ecwid = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _clara = AgentClaraHarness.Start();
        _wix = WixHarness.Start();
        _ecwid = EcwidHarness.Start();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _clara.DisposeAsync();
        await _wix.DisposeAsync();
        await _ecwid.DisposeAsync();
    }

    [SetUp]
    public void Reset()
    {
        _clara.Reset();
        _wix.Reset();
        _ecwid.Reset();
    }

    private int Sent => _clara.Fake.Journal.Count + _wix.Fake.Journal.Count + _ecwid.Fake.Journal.Count;

    // Item 8 beyond the facade: every Wix and AgentClara method that takes an id or key.
    [TestCase("\n")]
    [TestCase("\r")]
    [TestCase("\u00a0")]
    public async Task VendorOnlyIdMethods_HostileSuffix_ThrowArgumentExceptionBeforeAnyRequest(string suffix)
    {
        var wixId = Guid.NewGuid() + suffix;
        var key = "custom.vip" + suffix;
        var calls = new (string Name, string Param, Func<Task> Call)[]
        {
            ("GetLabelKeys", "contactId", () => _wix.Client.GetLabelKeysAsync(wixId)),
            ("GetExtendedFieldValues", "contactId", () => _wix.Client.GetExtendedFieldValuesAsync(wixId)),
            ("LabelContact", "contactId", () => _wix.Client.LabelContactAsync(wixId, ["custom.a"])),
            ("UnlabelContact", "contactId", () => _wix.Client.UnlabelContactAsync(wixId, ["custom.a"])),
            ("Merge target", "targetContactId", () => _wix.Client.MergeAsync(wixId, [Guid.NewGuid().ToString()])),
            ("Merge source", "sourceContactIds", () => _wix.Client.MergeAsync(Guid.NewGuid().ToString(), [wixId])),
            ("PreviewMerge source", "sourceContactIds", () => _wix.Client.PreviewMergeAsync(Guid.NewGuid().ToString(), [wixId])),
            ("GetLabel", "key", () => _wix.Client.GetLabelAsync(key)),
            ("DeleteLabel", "key", () => _wix.Client.DeleteLabelAsync(key)),
            ("RenameLabel", "key", () => _wix.Client.RenameLabelAsync(key, "VIP")),
            ("GetExtendedField", "key", () => _wix.Client.GetExtendedFieldAsync(key)),
            ("AgentClara Get", "contactId", () => _clara.Client.GetAsync("cust_abc" + suffix)),
            ("AgentClara Conversations", "contactId", async () =>
            {
                await foreach (var conversation in _clara.Client.ListConversationsAsync("cust_abc" + suffix))
                {
                    _ = conversation;
                }
            }),
            ("Ecwid Get", "contactId", () => _ecwid.Client.GetAsync("42" + suffix)),
        };

        foreach (var (name, param, call) in calls)
        {
            var thrown = await CatchAsync(call);
            Assert.That(thrown, Is.InstanceOf<ArgumentException>(), $"{name}: {thrown}");
            Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo(param), name);
            Assert.That(thrown.Message, Does.Not.Contain("cust_abc").And.Not.Contain("custom.vip"), name);
        }

        Assert.That(Sent, Is.Zero);
    }

    // Characters a path or query could be built from never leave their path segment: an id check refuses them before any
    // request; a label key (free text at Wix) is sent escaped in one segment and answered not found.
    [TestCase("/../labels")]
    [TestCase("?x=1")]
    [TestCase("#x")]
    [TestCase("%0A")]
    public async Task IdsAndKeys_WithPathCharacters_StayInTheirSegment(string suffix)
    {
        foreach (var call in new Func<Task>[]
        {
            () => _wix.Client.GetAsync(Guid.NewGuid() + suffix),
            () => _clara.Client.GetAsync("cust_abc" + suffix),
            () => _ecwid.Client.GetAsync("42" + suffix),
        })
        {
            Assert.That(await CatchAsync(call), Is.InstanceOf<ArgumentException>());
        }

        Assert.That(Sent, Is.Zero);
        var thrown = await CatchAsync(() => _wix.Client.GetLabelAsync("custom.vip" + suffix));
        Assert.That(thrown, Is.InstanceOf<ArgumentException>().Or.InstanceOf<ContactsSdk.Errors.ContactNotFoundException>());
        Assert.That(_wix.Fake.Journal, Has.Count.LessThanOrEqualTo(1));
        Assert.That(_wix.Fake.Journal.Select(r => r.Query), Has.All.Empty, "no query string was smuggled in");
    }

    // Item 11 on the vendor listings: forged positions and tampered fields are refused at AsPages, naming the token.
    [TestCase("-1")]
    [TestCase("abc")]
    [TestCase(" 1")]
    [TestCase("1e3")]
    [TestCase("99999999999999999999")]
    [TestCase("")]
    public async Task VendorListings_ForgedPosition_RefusedAtAsPages(string forged)
    {
        _clara.Fake.SeedConversation(_clara.Fake.SeedContact("Ada Talk"), subject: "hello");
        var contact = _clara.Fake.SeedContact("Ada Many");
        for (var i = 0; i < 3; i++)
        {
            _clara.Fake.SeedConversation(contact, subject: $"subject {i}");
        }

        for (var i = 0; i < 3; i++)
        {
            await _wix.Client.FindOrCreateLabelAsync($"Label {i}");
            await _ecwid.Client.CreateCustomerGroupAsync($"Group {i}");
        }

        await AssertForgedRefusedAsync("conversations", () => _clara.Client.ListConversationsAsync(contact), forged);
        await AssertForgedRefusedAsync("labels", () => _wix.Client.QueryLabelsAsync(), forged);
        await AssertForgedRefusedAsync("groups", () => _ecwid.Client.SearchCustomerGroupsAsync(), forged);
    }

    [Test]
    public async Task FacadeListing_TamperedVendorOrScope_OrJunkToken_RefusedAtAsPagesNamingTheToken()
    {
        for (var i = 0; i < 3; i++)
        {
            _clara.Fake.SeedContact($"Ada {i}");
        }

        var token = await FirstTokenAsync(_clara.Client.ListAsync(new ContactQuery { PageSizeHint = 1 }).AsPages());
        var forged = new[]
        {
            Edit(token, json => json["vendor"] = 99),
            Edit(token, json => json["vendor"] = "Wix"),
            Edit(token, json => json["scope"] = "x"),
            Edit(token, json => json["version"] = 2),
            Edit(token, json => json["position"] = 5),
            Edit(token, json => json.Remove("position")),
            token + "AAAA",
            " ",
            new string('A', 100_000),
        };

        foreach (var bad in forged)
        {
            var ex = Assert.Throws<ArgumentException>(() => _clara.Client.ListAsync(new ContactQuery { PageSizeHint = 1 }).AsPages(bad), bad.Length > 60 ? bad[..60] : bad);
            Assert.That(ex!.ParamName, Is.EqualTo("continuationToken"));
            Assert.That(ex.Message, Has.Length.LessThan(300));
        }

        Assert.That(_clara.Fake.Journal, Has.Count.EqualTo(1), "only the request that produced the genuine token");
    }

    // Item 9 in every odd spelling a caller or attacker could pass.
    [TestCase("+5")]
    [TestCase(" 5")]
    [TestCase("5 ")]
    [TestCase("\u0665")]
    [TestCase("\uff15")]
    [TestCase("-1")]
    [TestCase("99999999999999999999")]
    [TestCase("0x10")]
    [TestCase("1_000")]
    public async Task Wix_ExpectedRevisionOddSpellings_ThrowArgumentExceptionNamingPatch(string revision)
    {
        var id = _wix.Fake.SeedContact(first: "Ada", email: "ada.rev@example.com");
        _wix.Fake.ClearJournal();

        var thrown = await CatchAsync(() => _wix.Client.UpdateAsync(id, new ContactPatch { Name = PersonName.FromFull("Ada X"), ExpectedRevision = revision }));

        Assert.That(thrown, Is.InstanceOf<ArgumentException>(), thrown?.ToString());
        Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo("patch"));
        Assert.That(_wix.Fake.Journal, Is.Empty);
    }

    // Item 12 on the Wix query: a search text is contact data.
    [Test]
    public void WixContactQuery_ToString_CarriesNoSearchText()
    {
        var query = new WixContactQuery { Search = "jane.doe@example.com", Filter = WixFilter.Eq("info.emails.email", "jane.doe@example.com") };

        Assert.That(query.ToString(), Does.Not.Contain("jane.doe"));
        Assert.That(new ContactQuery { Search = "Jane Doe", Email = "jane.doe@example.com", Tag = "jane-vip" }.ToString(), Does.Not.Contain("jane").IgnoreCase);
    }

    // Item 13 with case and form differing at once, on both vendors with tags, and on Wix's vendor-only label methods.
    [Test]
    public async Task Tags_CaseAndNormalFormDifferingAtOnce_AreOneTag()
    {
        foreach (var client in new IContactsClient[] { _clara.Client, _wix.Client })
        {
            var contact = await client.CreateAsync(new ContactDraft
            {
                Name = PersonName.FromFull("Ada Cafe"),
                Channels = [new ContactChannel(ChannelKind.Email, $"ada.cafe.{client.Vendor}@example.com")],
                Tags = ["Caf\u00e9"],
            });

            var added = await client.AddTagsAsync(contact.Id, ["CAFE\u0301", "caf\u00e9 "]);
            Assert.That(added.Tags, Has.Count.EqualTo(1), $"{client.Vendor}: {string.Join("|", added.Tags)}");

            var removed = await client.RemoveTagsAsync(contact.Id, ["cafe\u0301"]);
            Assert.That(removed.Tags, Is.Empty, client.Vendor.ToString());
            Assert.That((await client.ListAsync(new ContactQuery { Tag = "CAF\u00c9" }).ToListAsync()), Is.Empty, client.Vendor.ToString());
        }

        var first = await _wix.Client.FindOrCreateLabelAsync("Caf\u00e9 Club");
        var second = await _wix.Client.FindOrCreateLabelAsync("CAFE\u0301 club");
        Assert.That(second.Key, Is.EqualTo(first.Key), "one label, however it is typed");
    }

    // Item 10 beyond null: empty and blank collections on the tag and label methods.
    [Test]
    public async Task TagAndLabelMethods_EmptyOrBlankCollections_ThrowArgumentExceptionBeforeAnyRequest()
    {
        var claraId = _clara.Fake.SeedContact("Ada Empty");
        var wixId = _wix.Fake.SeedContact(first: "Ada", email: "ada.empty@example.com");
        _clara.Fake.ClearJournal();
        _wix.Fake.ClearJournal();
        var calls = new (string Name, string Param, Func<Task> Call)[]
        {
            ("AgentClara AddTags blank", "tags", () => _clara.Client.AddTagsAsync(claraId, ["  "])),
            ("AgentClara AddTags null item", "tags", () => _clara.Client.AddTagsAsync(claraId, [null!])),
            ("Wix RemoveTags blank", "tags", () => _wix.Client.RemoveTagsAsync(wixId, ["\t"])),
            ("Wix LabelContact empty", "labelKeys", () => _wix.Client.LabelContactAsync(wixId, [])),
            ("Wix LabelContact null item", "labelKeys", () => _wix.Client.LabelContactAsync(wixId, [null!])),
            ("Wix Merge no sources", "sourceContactIds", () => _wix.Client.MergeAsync(wixId, [])),
            ("Wix Merge null source", "sourceContactIds", () => _wix.Client.MergeAsync(wixId, [null!])),
        };

        foreach (var (name, param, call) in calls)
        {
            var thrown = await CatchAsync(call);
            Assert.That(thrown, Is.InstanceOf<ArgumentException>(), $"{name}: {thrown}");
            Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo(param), name);
        }

        Assert.That(_clara.Fake.Journal.Concat(_wix.Fake.Journal), Is.Empty);
    }

    private async Task AssertForgedRefusedAsync<T>(string name, Func<ContactsPageable<T>> listing, string forged)
    {
        var token = await FirstTokenAsync(listing().AsPages(pageSizeHint: 1));
        var before = Sent;

        var ex = Assert.Throws<ArgumentException>(() => listing().AsPages(Edit(token, json => json["position"] = forged)), name);

        Assert.That(ex!.ParamName, Is.EqualTo("continuationToken"), name);
        Assert.That(Sent, Is.EqualTo(before), name);
    }

    private static async Task<string> FirstTokenAsync<T>(IAsyncEnumerable<ContactsPage<T>> pages)
    {
        await foreach (var page in pages)
        {
            return page.ContinuationToken ?? throw new InvalidOperationException("The first page has no token.");
        }

        throw new InvalidOperationException("No page.");
    }

    private static string Edit(string token, Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(Base64Url.DecodeFromChars(token))!.AsObject();
        edit(json);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    private static async Task<Exception?> CatchAsync(Func<Task> call)
    {
        try
        {
            await call();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
