using System.Globalization;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Ecwid;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Vendors.Ecwid;

/// <summary>
/// An Ecwid listing resumed from its continuation token, as another machine would: a fresh pageable per page, so nothing the
/// first pageable remembered helps. The token alone must carry what the next page needs to repeat no customer.
/// </summary>
public sealed class EcwidContactsClientResumeTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private EcwidHarness _harness = null!;

    private IEcwidContactsClient Client => _harness.Client;

    private EcwidFake Fake => _harness.Fake;

    [OneTimeSetUp]
    public void StartFake()
        => _harness = EcwidHarness.Start(fakeOptions: new EcwidFakeOptions { TimeProvider = new FakeTimeProvider(Start.AddHours(1)) });

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    [TestCase(false, 3)]
    [TestCase(true, 3)]
    [TestCase(false, 1)]
    [TestCase(false, 7)]
    public async Task AsPages_ResumedFromEachToken_YieldsEveryCustomerOnceInOrder(bool descending, int pageSize)
    {
        // Eight customers in one second (more than the overlap the next request re-reads), then three in later seconds.
        var ids = Enumerable.Range(0, 8).Select(i => Fake.SeedContact($"same{i}@example.com", registered: Start)).ToList();
        ids.AddRange(Enumerable.Range(1, 3).Select(i => Fake.SeedContact($"later{i}@example.com", registered: Start.AddSeconds(i))));
        var query = new ContactQuery { Descending = descending };
        var expected = (await Collect(Client.ListAsync(query))).ToList();
        Assert.That(expected, Is.EquivalentTo(ids.Select(Id)), "the listing in one go is complete");

        var resumed = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await FirstPageAsync(Client.ListAsync(query), token, pageSize);
            resumed.AddRange(page.Items.Select(contact => contact.Id));
            token = page.ContinuationToken;
            Assert.That(++pages, Is.LessThan(30), "the listing ends");
        }
        while (token is not null);

        Assert.That(resumed, Is.EqualTo(expected), "resuming from tokens repeats and skips nothing");
    }

    [Test]
    public async Task AsPages_ResumedAfterOneCustomerOfTheBoundarySecondWasDeleted_SkipsNoSurvivor()
    {
        var ids = Enumerable.Range(0, 9).Select(i => Id(Fake.SeedContact($"c{i}@example.com", registered: Start))).ToList();
        var first = await FirstPageAsync(Client.ListAsync(), null, 4);
        await Client.DeleteAsync(first.Items[1].Id);

        var rest = new List<string>();
        var token = first.ContinuationToken;
        while (token is not null)
        {
            var page = await FirstPageAsync(Client.ListAsync(), token, 4);
            rest.AddRange(page.Items.Select(contact => contact.Id));
            token = page.ContinuationToken;
        }

        Assert.That(rest, Is.EqualTo(ids.Skip(4)));
    }

    // Up to EcwidCustomerListing.Overlap customers of the boundary second may disappear between pages without anyone
    // being skipped (the next request re-reads that many); the deletions here stop at that bound.
    [TestCase(1)]
    [TestCase(2)]
    public async Task AsPages_YieldedCustomersDeletedBeforeEachResume_EveryTokenResumesAndNoSurvivorIsSkipped(int pageSize)
    {
        var ids = Enumerable.Range(0, 9).Select(i => Id(Fake.SeedContact($"d{i}@example.com", registered: Start))).ToList();

        var yielded = new List<string>();
        var deleted = 0;
        string? token = null;
        do
        {
            var page = await FirstPageAsync(Client.ListAsync(), token, pageSize);
            yielded.AddRange(page.Items.Select(contact => contact.Id));
            foreach (var contact in page.Items.Take(EcwidCustomerListing.Overlap - deleted))
            {
                await Client.DeleteAsync(contact.Id);
                deleted++;
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.That(yielded, Is.EqualTo(ids));
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<ContactsSdk.Paging.Page<Contact>> FirstPageAsync(ContactsSdk.Paging.Pageable<Contact> pageable, string? token, int pageSize)
    {
        await foreach (var page in pageable.AsPages(token, pageSize))
        {
            return page;
        }

        throw new InvalidOperationException("No page.");
    }

    private static async Task<List<string>> Collect(IAsyncEnumerable<Contact> contacts)
    {
        var ids = new List<string>();
        await foreach (var contact in contacts)
        {
            ids.Add(contact.Id);
        }

        return ids;
    }
}
