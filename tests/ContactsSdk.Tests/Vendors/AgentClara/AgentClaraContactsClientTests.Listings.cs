using System.Text.Json;
using ContactsSdk.Errors;
using ContactsSdk.Paging;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>ListAsync: what AgentClara filters, what the client filters, sorting, paging; and list and search items that omit custom_fields and say so.</summary>
public sealed partial class AgentClaraContactsClientTests
{
    [Test]
    public async Task ListAndSearch_ItemsOmitCustomFields_MarkThemNotLoaded_GetLoadsThem()
    {
        var created = await Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromFull("Ada Loaded"),
            Channels = [new ContactChannel(ChannelKind.Email, "ada.loaded@example.com")],
            CustomFields = new Dictionary<string, JsonElement> { ["company"] = JsonSerializer.SerializeToElement("Acme") },
        });

        var listed = (await CollectAsync(Client.ListAsync())).Single(c => c.Id == created.Id);
        var searched = (await Client.SearchAsync("ada.loaded@example.com").ToListAsync()).Single(c => c.Id == created.Id);
        var got = await Client.GetAsync(created.Id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((listed.CustomFieldsLoaded, listed.CustomFields.Count), Is.EqualTo((false, 0)), "a list item does not carry custom_fields (spec §1.5)");
            Assert.That(searched.CustomFieldsLoaded, Is.False);
            Assert.That(created.CustomFieldsLoaded, Is.True);
            Assert.That(got.CustomFieldsLoaded, Is.True);
            Assert.That(got.CustomFields["company"].GetString(), Is.EqualTo("Acme"));
            Assert.That(Fake.Journal.Count(r => r.Method == "GET" && r.Path.StartsWith("/contacts/cust_", StringComparison.Ordinal)), Is.EqualTo(1),
                "a listing never spends a GET per contact to load custom fields");
        }
    }

    [Test]
    public async Task GetAsync_ContactWithoutCustomFields_IsLoadedAndEmpty()
    {
        var created = await Client.CreateAsync(new ContactDraft { Name = PersonName.FromFull("No Fields") });

        var got = await Client.GetAsync(created.Id);

        Assert.That((got.CustomFieldsLoaded, got.CustomFields.Count), Is.EqualTo((true, 0)), "{} from a Get means none");
    }

    [Test]
    public async Task ListAsync_NoQuery_SendsDefaultsAndListsNewestFirst()
    {
        var ids = SeedByDay("Ada", "Grace", "Linus");

        var contacts = await CollectAsync(Client.ListAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(Enumerable.Reverse(ids)));
            Assert.That(contacts.All(contact => contact.CustomFields.Count == 0 && contact.Raw is null), Is.True);
            JournalAssert.Calls(Fake.Journal, "GET /contacts");
            Assert.That(
                JournalAssert.QueryOf(Fake.Journal[0]),
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
            Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(new[] { adam, ada }));
            Assert.That(JournalAssert.QueryOf(Fake.Journal.Single()), Does.ContainKey("search").WithValue("ADA"));
            Assert.That(JournalAssert.QueryOf(Fake.Journal[0]), Does.Not.ContainKey("tag"));
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
            Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(new[] { vip }));
            Assert.That(JournalAssert.QueryOf(Fake.Journal.Single()), Does.ContainKey("tag").WithValue("vip"));
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
            Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(new[] { exact }));
            Assert.That(JournalAssert.QueryOf(Fake.Journal.Single()), Does.ContainKey("search").WithValue("ada@example.com"));
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
            Assert.That(pages.SelectMany(page => page.Items).Select(contact => contact.Id), Is.EqualTo(new[] { ids[5], ids[4], ids[3] }));
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
            Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(new[] { ids[3], ids[2] }));
            Assert.That(JournalAssert.QueryOf(Fake.Journal.Single()), Does.ContainKey("sort").WithValue("updated"));
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
            Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(new[] { ids[0] }));
            Assert.That(JournalAssert.QueryOf(Fake.Journal.Single()), Does.ContainKey("sort").WithValue("created"));
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
            Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(new[] { alice, bob, charlie }));
            Assert.That(JournalAssert.QueryOf(Fake.Journal.Single()), Does.ContainKey("sort").WithValue("name"));
        }
    }

    [Test]
    public async Task ListAsync_DescendingTimeSort_IsTheNaturalDirection()
    {
        var ids = SeedByDay("A", "B");

        var contacts = await CollectAsync(Client.ListAsync(new ContactQuery { SortBy = ContactSortField.Created, Descending = true }));

        Assert.That(contacts.Select(contact => contact.Id), Is.EqualTo(new[] { ids[1], ids[0] }));
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
            Assert.That(JournalAssert.QueryOf(Fake.Journal.Single())["limit"], Is.EqualTo("3"));
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
            Assert.That(JournalAssert.QueryOf(Fake.Journal[0])["limit"], Is.EqualTo("2"));
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
            Assert.That(Fake.Journal.Select(entry => JournalAssert.QueryOf(entry)["offset"]), Is.EqualTo(new[] { "0", "2" }));
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
}
