using ContactsSdk.Paging;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Paging;

/// <summary>Lazy paging over HTTP against the AgentClara fake: request counts come from the fake's journal.</summary>
public sealed class PageableTests
{
    private AgentClaraHarness _harness = null!;

    private IContactsClient Client => _harness.Client;

    [OneTimeSetUp]
    public void StartFake() => _harness = AgentClaraHarness.Start();

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    [Test]
    public async Task Enumerate_SevenContactsPagesOfThree_ThreeRequestsEveryContactOnce()
    {
        var ids = Seed(7);

        var listed = await ToListAsync(Client.ListAsync(new ContactQuery { PageSizeHint = 3 }));

        Assert.That(listed.Select(c => c.Id), Is.EquivalentTo(ids));
        Assert.That(ListRequests().Select(r => r.Query), Is.EqualTo(new[]
        {
            "limit=3&offset=0&sort=created", "limit=3&offset=3&sort=created", "limit=3&offset=6&sort=created",
        }));
    }

    [Test]
    public async Task Enumerate_StopAfterFirstPage_ExactlyOneListRequest()
    {
        Seed(9);

        await foreach (var page in Client.ListAsync().AsPages(pageSizeHint: 3))
        {
            Assert.That(page.Items, Has.Count.EqualTo(3));
            break;
        }

        Assert.That(ListRequests(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Enumerate_NothingIterated_NoRequest()
    {
        Seed(2);

        var pageable = Client.ListAsync();
        await using var enumerator = pageable.GetAsyncEnumerator();

        Assert.That(ListRequests(), Is.Empty);
    }

    [Test]
    public async Task Enumerate_MaxItemsFive_YieldsFiveWithoutFetchingBeyond()
    {
        Seed(12);

        var listed = await ToListAsync(Client.ListAsync(new ContactQuery { PageSizeHint = 4, MaxItems = 5 }));

        Assert.That(listed, Has.Count.EqualTo(5));
        Assert.That(ListRequests().Select(r => r.Query), Is.EqualTo(new[] { "limit=4&offset=0&sort=created", "limit=1&offset=4&sort=created" }));
    }

    [Test]
    public async Task Enumerate_MaxItemsZero_NoRequest()
    {
        Seed(3);

        var listed = await ToListAsync(Client.ListAsync(new ContactQuery { MaxItems = 0 }));

        Assert.That(listed, Is.Empty);
        Assert.That(ListRequests(), Is.Empty);
    }

    [Test]
    public async Task AsPages_ResumeFromToken_ContinuesWhereTheFirstListingStopped()
    {
        var ids = Seed(8);
        var query = new ContactQuery { SortBy = ContactSortField.Name };
        string? token = null;
        var first = new List<string>();
        await foreach (var page in Client.ListAsync(query).AsPages(pageSizeHint: 3))
        {
            first.AddRange(page.Items.Select(c => c.Id));
            token = page.ContinuationToken;
            break;
        }

        var rest = new List<string>();
        await foreach (var page in Client.ListAsync(query).AsPages(token, pageSizeHint: 3))
        {
            rest.AddRange(page.Items.Select(c => c.Id));
        }

        Assert.That(token, Is.Not.Null);
        Assert.That(first.Concat(rest), Is.EquivalentTo(ids));
        Assert.That(first.Intersect(rest), Is.Empty);
    }

    [Test]
    public async Task AsPages_MaxItemsCutsPageShort_TokenResumesAtFirstItemNotYielded()
    {
        Seed(6);
        var all = (await ToListAsync(Client.ListAsync())).Select(c => c.Id).ToList();

        var bounded = Client.ListAsync(new ContactQuery { MaxItems = 2 });
        Page<Contact>? cut = null;
        await foreach (var page in bounded.AsPages(pageSizeHint: 4))
        {
            cut = page;
        }

        var resumed = new List<string>();
        await foreach (var page in Client.ListAsync().AsPages(cut!.ContinuationToken, 4))
        {
            resumed.AddRange(page.Items.Select(c => c.Id));
        }

        Assert.That(cut.Items.Select(c => c.Id), Is.EqualTo(all.Take(2)));
        Assert.That(resumed, Is.EqualTo(all.Skip(2)));
    }

    [Test]
    public async Task AsPages_TokenFromAnotherQuery_ThrowsArgumentExceptionBeforeHttp()
    {
        Seed(4);
        var token = await FirstTokenAsync(Client.ListAsync(new ContactQuery { Tag = "vip" }), 1)
            ?? await FirstTokenAsync(Client.ListAsync(new ContactQuery { SortBy = ContactSortField.Name }), 1);
        _harness.Fake.ClearJournal();

        var ex = Assert.Throws<ArgumentException>(() => Client.ListAsync(new ContactQuery { SortBy = ContactSortField.Updated }).AsPages(token));

        Assert.That(ex!.ParamName, Is.EqualTo("continuationToken"));
        Assert.That(ex.Message, Does.Contain("another query"));
        Assert.That(ListRequests(), Is.Empty);
    }

    [Test]
    public void AsPages_TokenFromAnotherVendor_ThrowsArgumentException()
    {
        var wixToken = new ContinuationToken(ContinuationToken.CurrentVersion, ContactsVendor.Wix, ListingScope.ForContacts(new ContactQuery()), "0").Encode();

        var ex = Assert.Throws<ArgumentException>(() => Client.ListAsync().AsPages(wixToken));

        Assert.That(ex!.Message, Does.Contain("Wix"));
    }

    [TestCase("not a token")]
    [TestCase("eyJ2ZXJzaW9uIjoxfQ")]
    public void AsPages_GarbageToken_ThrowsArgumentException(string token)
        => Assert.Throws<ArgumentException>(() => Client.ListAsync().AsPages(token));

    [Test]
    public void AsPages_PageSizeHintZero_ThrowsArgumentOutOfRange()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Client.ListAsync().AsPages(pageSizeHint: 0));

    [Test]
    public async Task Enumerate_WithoutPaginationBlock_StopsOnShortPage()
    {
        _harness.Fake.EmitPagination = false;
        var ids = Seed(5);

        var listed = await ToListAsync(Client.ListAsync(new ContactQuery { PageSizeHint = 2 }));

        Assert.That(listed.Select(c => c.Id), Is.EquivalentTo(ids));
        Assert.That(ListRequests(), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Enumerate_WithoutPaginationBlockExactMultiple_EndsOnEmptyPage()
    {
        _harness.Fake.EmitPagination = false;
        Seed(4);

        var listed = await ToListAsync(Client.ListAsync(new ContactQuery { PageSizeHint = 2 }));

        Assert.That(listed, Has.Count.EqualTo(4));
        Assert.That(ListRequests(), Has.Count.EqualTo(3), "without has_more, a full last page needs one more request to prove it is last");
    }

    [Test]
    public async Task Enumerate_ContactInsertedAtHeadBetweenPages_NoContactRepeated()
    {
        Seed(6);
        var listed = new List<string>();
        var inserted = false;
        await foreach (var contact in Client.ListAsync(new ContactQuery { PageSizeHint = 3 }))
        {
            listed.Add(contact.Id);
            if (!inserted && listed.Count == 3)
            {
                // Newest first: a new contact shifts every later one down by one offset.
                _harness.Fake.SeedContact("Late arrival", createdAt: DateTimeOffset.UtcNow.AddDays(1));
                inserted = true;
            }
        }

        Assert.That(listed, Is.Unique);
        Assert.That(listed, Has.Count.EqualTo(6));
    }

    [Test]
    public async Task Enumerate_CancelledMidway_ThrowsOperationCanceled()
    {
        Seed(6);
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAsync<OperationCanceledException>(async () =>
        {
            await foreach (var contact in Client.ListAsync(new ContactQuery { PageSizeHint = 2 }, cancellation.Token))
            {
                seen++;
                await cancellation.CancelAsync();
            }
        });

        Assert.That(seen, Is.EqualTo(2), "the page in hand is yielded, the next request is not made");
        Assert.That(ListRequests(), Has.Count.EqualTo(1));
    }

    private List<string> Seed(int count)
        => [.. Enumerable.Range(0, count).Select(i => _harness.Fake.SeedContact(
            $"Person {i:D2}", $"person{i}@example.com", createdAt: DateTimeOffset.UtcNow.AddMinutes(-count + i)))];

    private List<ContactsSdk.Testing.FakeRequest> ListRequests()
        => [.. _harness.Fake.Journal.Where(r => r.Method == "GET" && r.Path == "/contacts")];

    private static async Task<List<Contact>> ToListAsync(Pageable<Contact> pageable)
    {
        var list = new List<Contact>();
        await foreach (var contact in pageable)
        {
            list.Add(contact);
        }

        return list;
    }

    private static async Task<string?> FirstTokenAsync(Pageable<Contact> pageable, int pageSize)
    {
        await foreach (var page in pageable.AsPages(pageSizeHint: pageSize))
        {
            return page.ContinuationToken;
        }

        return null;
    }
}
