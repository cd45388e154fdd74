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
public sealed class InputAdversarialTests : VendorHarnessFixture
{
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
            ("GetLabelKeys", "contactId", () => Wix.Client.Labels.GetKeysForContactAsync(wixId)),
            ("GetExtendedFieldValues", "contactId", () => Wix.Client.ExtendedFields.GetValuesForContactAsync(wixId)),
            ("LabelContact", "contactId", () => Wix.Client.Labels.AddToContactAsync(wixId, ["custom.a"])),
            ("UnlabelContact", "contactId", () => Wix.Client.Labels.RemoveFromContactAsync(wixId, ["custom.a"])),
            ("Merge target", "targetContactId", () => Wix.Client.MergeAsync(wixId, [Guid.NewGuid().ToString()])),
            ("Merge source", "sourceContactIds", () => Wix.Client.MergeAsync(Guid.NewGuid().ToString(), [wixId])),
            ("PreviewMerge source", "sourceContactIds", () => Wix.Client.PreviewMergeAsync(Guid.NewGuid().ToString(), [wixId])),
            ("GetLabel", "key", () => Wix.Client.Labels.GetAsync(key)),
            ("DeleteLabel", "key", () => Wix.Client.Labels.DeleteAsync(key)),
            ("RenameLabel", "key", () => Wix.Client.Labels.UpdateAsync(key, "VIP")),
            ("GetExtendedField", "key", () => Wix.Client.ExtendedFields.GetAsync(key)),
            ("AgentClara Get", "contactId", () => Clara.Client.GetAsync("cust_abc" + suffix)),
            ("AgentClara Conversations", "contactId", async () =>
            {
                await foreach (var conversation in Clara.Client.Conversations.ListAsync("cust_abc" + suffix))
                {
                    _ = conversation;
                }
            }),
            ("Ecwid Get", "contactId", () => Ecwid.Client.GetAsync("42" + suffix)),
        };

        foreach (var (name, param, call) in calls)
        {
            var thrown = await Calls.CatchAsync(call);
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
            () => Wix.Client.GetAsync(Guid.NewGuid() + suffix),
            () => Clara.Client.GetAsync("cust_abc" + suffix),
            () => Ecwid.Client.GetAsync("42" + suffix),
        })
        {
            Assert.That(await Calls.CatchAsync(call), Is.InstanceOf<ArgumentException>());
        }

        Assert.That(Sent, Is.Zero);
        var thrown = await Calls.CatchAsync(() => Wix.Client.Labels.GetAsync("custom.vip" + suffix));
        Assert.That(thrown, Is.InstanceOf<ArgumentException>().Or.InstanceOf<ContactsSdk.Errors.ContactNotFoundException>());
        Assert.That(Wix.Fake.Journal, Has.Count.LessThanOrEqualTo(1));
        Assert.That(Wix.Fake.Journal.Select(r => r.Query), Has.All.Empty, "no query string was smuggled in");
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
        Clara.Fake.SeedConversation(Clara.Fake.SeedContact("Ada Talk"), subject: "hello");
        var contact = Clara.Fake.SeedContact("Ada Many");
        for (var i = 0; i < 3; i++)
        {
            Clara.Fake.SeedConversation(contact, subject: $"subject {i}");
        }

        for (var i = 0; i < 3; i++)
        {
            await Wix.Client.Labels.FindOrCreateAsync($"Label {i}");
            await Ecwid.Client.Groups.CreateAsync($"Group {i}");
        }

        await AssertForgedRefusedAsync("conversations", () => Clara.Client.Conversations.ListAsync(contact), forged);
        await AssertForgedRefusedAsync("labels", () => Wix.Client.Labels.ListAsync(), forged);
        await AssertForgedRefusedAsync("groups", () => Ecwid.Client.Groups.ListAsync(), forged);
    }

    [Test]
    public async Task FacadeListing_TamperedVendorOrScope_OrJunkToken_RefusedAtAsPagesNamingTheToken()
    {
        for (var i = 0; i < 3; i++)
        {
            Clara.Fake.SeedContact($"Ada {i}");
        }

        var token = await FirstTokenAsync(Clara.Client.ListAsync(new ContactQuery { PageSizeHint = 1 }).AsPages());
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
            var ex = Assert.Throws<ArgumentException>(() => Clara.Client.ListAsync(new ContactQuery { PageSizeHint = 1 }).AsPages(bad), bad.Length > 60 ? bad[..60] : bad);
            Assert.That(ex!.ParamName, Is.EqualTo("continuationToken"));
            Assert.That(ex.Message, Has.Length.LessThan(300));
        }

        Assert.That(Clara.Fake.Journal, Has.Count.EqualTo(1), "only the request that produced the genuine token");
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
        var id = Wix.Fake.SeedContact(first: "Ada", email: "ada.rev@example.com");
        Wix.Fake.ClearJournal();

        var thrown = await Calls.CatchAsync(() => Wix.Client.UpdateAsync(id, new ContactPatch { Name = PersonName.FromFull("Ada X"), ExpectedRevision = revision }));

        Assert.That(thrown, Is.InstanceOf<ArgumentException>(), thrown?.ToString());
        Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo("patch"));
        Assert.That(Wix.Fake.Journal, Is.Empty);
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
        foreach (var client in new IContactsClient[] { Clara.Client, Wix.Client })
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

        var first = await Wix.Client.Labels.FindOrCreateAsync("Caf\u00e9 Club");
        var second = await Wix.Client.Labels.FindOrCreateAsync("CAFE\u0301 club");
        Assert.That(second.Key, Is.EqualTo(first.Key), "one label, however it is typed");
    }

    // Item 10 beyond null: empty and blank collections on the tag and label methods.
    [Test]
    public async Task TagAndLabelMethods_EmptyOrBlankCollections_ThrowArgumentExceptionBeforeAnyRequest()
    {
        var claraId = Clara.Fake.SeedContact("Ada Empty");
        var wixId = Wix.Fake.SeedContact(first: "Ada", email: "ada.empty@example.com");
        Clara.Fake.ClearJournal();
        Wix.Fake.ClearJournal();
        var calls = new (string Name, string Param, Func<Task> Call)[]
        {
            ("AgentClara AddTags blank", "tags", () => Clara.Client.AddTagsAsync(claraId, ["  "])),
            ("AgentClara AddTags null item", "tags", () => Clara.Client.AddTagsAsync(claraId, [null!])),
            ("Wix RemoveTags blank", "tags", () => Wix.Client.RemoveTagsAsync(wixId, ["\t"])),
            ("Wix Labels.AddToContact empty", "keys", () => Wix.Client.Labels.AddToContactAsync(wixId, [])),
            ("Wix Labels.AddToContact null item", "keys", () => Wix.Client.Labels.AddToContactAsync(wixId, [null!])),
            ("Wix Merge no sources", "sourceContactIds", () => Wix.Client.MergeAsync(wixId, [])),
            ("Wix Merge null source", "sourceContactIds", () => Wix.Client.MergeAsync(wixId, [null!])),
        };

        foreach (var (name, param, call) in calls)
        {
            var thrown = await Calls.CatchAsync(call);
            Assert.That(thrown, Is.InstanceOf<ArgumentException>(), $"{name}: {thrown}");
            Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo(param), name);
        }

        Assert.That(Clara.Fake.Journal.Concat(Wix.Fake.Journal), Is.Empty);
    }

    private async Task AssertForgedRefusedAsync<T>(string name, Func<Pageable<T>> listing, string forged)
    {
        var token = await FirstTokenAsync(listing().AsPages(pageSizeHint: 1));
        var before = Sent;

        var ex = Assert.Throws<ArgumentException>(() => listing().AsPages(Edit(token, json => json["position"] = forged)), name);

        Assert.That(ex!.ParamName, Is.EqualTo("continuationToken"), name);
        Assert.That(Sent, Is.EqualTo(before), name);
    }

    private static async Task<string> FirstTokenAsync<T>(IAsyncEnumerable<Page<T>> pages)
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
}
