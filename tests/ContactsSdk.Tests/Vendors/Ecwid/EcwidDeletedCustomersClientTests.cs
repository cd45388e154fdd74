using System.Globalization;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Ecwid;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Vendors.Ecwid;

/// <summary><c>IEcwidContactsClient.DeletedCustomers</c> over HTTP against <see cref="EcwidFake"/>.</summary>
public sealed class EcwidDeletedCustomersClientTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 28, 11, 0, 0, TimeSpan.Zero);

    private FakeTimeProvider _time = null!;
    private EcwidHarness _harness = null!;

    private IEcwidContactsClient Client => _harness.Client;

    private EcwidFake Fake => _harness.Fake;

    [OneTimeSetUp]
    public void StartFake()
    {
        _time = new FakeTimeProvider(Start);
        _harness = EcwidHarness.Start(fakeOptions: new EcwidFakeOptions { TimeProvider = _time });
    }

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    [Test]
    public async Task ListAsync_ListsDeletedCustomers()
    {
        var id = Fake.SeedContact("ada@example.com");
        await Client.DeleteAsync(Id(id));
        var deleted = new List<EcwidDeletedCustomer>();
        await foreach (var entry in Client.DeletedCustomers.ListAsync(deletedFrom: _time.GetUtcNow().AddMinutes(-1)))
        {
            deleted.Add(entry);
        }

        Assert.That(deleted.Select(d => d.Id), Is.EqualTo(new[] { id }));
        Assert.That(deleted[0].DeletedAt, Is.Not.Null);
    }

    [Test]
    public async Task ListAsync_LastPageFull_EndsWithoutAnExtraRequest()
    {
        await Client.DeleteAsync(Id(Fake.SeedContact("a@example.com")));
        await Client.DeleteAsync(Id(Fake.SeedContact("b@example.com")));
        Fake.ClearJournal();

        var pages = new List<int>();
        await foreach (var page in Client.DeletedCustomers.ListAsync().AsPages(pageSizeHint: 1))
        {
            pages.Add(page.Items.Count);
        }

        Assert.That(pages, Is.EqualTo(new[] { 1, 1 }));
        Assert.That(Fake.Journal, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task ListAsync_Bounds_AreSentAsUnixSeconds_AndFilter()
    {
        await Client.DeleteAsync(Id(Fake.SeedContact("early@example.com")));
        _time.Advance(TimeSpan.FromHours(1));
        var late = Fake.SeedContact("late@example.com");
        await Client.DeleteAsync(Id(late));
        Fake.ClearJournal();

        var from = _time.GetUtcNow().AddMinutes(-1);
        var listed = await Client.DeletedCustomers.ListAsync(deletedFrom: from, deletedTo: _time.GetUtcNow().AddMinutes(1)).ToListAsync();

        Assert.That(listed.Select(d => d.Id), Is.EqualTo(new[] { late }));
        Assert.That(Fake.Journal.Single().Query, Does.Contain($"from_date={from.ToUnixTimeSeconds()}"));
    }

    [Test]
    public void ListAsync_ToBeforeFrom_ThrowsNamingDeletedToBeforeAnyRequest()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Client.DeletedCustomers.ListAsync(Start, Start.AddSeconds(-1)));

        Assert.That(thrown!.ParamName, Is.EqualTo("deletedTo"));
        Assert.That(Fake.Journal, Is.Empty);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
