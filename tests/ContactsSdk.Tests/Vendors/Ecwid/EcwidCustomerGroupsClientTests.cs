using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Ecwid;

namespace ContactsSdk.Tests.Vendors.Ecwid;

/// <summary><c>IEcwidContactsClient.Groups</c> over HTTP against <see cref="EcwidFake"/>.</summary>
public sealed class EcwidCustomerGroupsClientTests
{
    private EcwidHarness _harness = null!;

    private IEcwidCustomerGroupsClient Groups => _harness.Client.Groups;

    private EcwidFake Fake => _harness.Fake;

    [OneTimeSetUp]
    public void StartFake() => _harness = EcwidHarness.Start();

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    [Test]
    public async Task CustomerGroups_CrudAndList()
    {
        var vip = await Groups.CreateAsync("VIP", "ext-1");
        var renamed = await Groups.UpdateAsync(vip.Id, "Gold");
        var groups = new List<EcwidCustomerGroup>();
        await foreach (var group in Groups.ListAsync())
        {
            groups.Add(group);
        }

        await Groups.DeleteAsync(vip.Id);

        Assert.That(renamed, Is.EqualTo(new EcwidCustomerGroup(vip.Id, "Gold", "ext-1")));
        Assert.That(groups.Select(g => g.Name), Is.EqualTo(new[] { "General", "Gold" }));
        Assert.That((await Groups.GetAsync(0)).Name, Is.EqualTo("General"));
        await Assert.ThrowsAsync<ContactNotFoundException>(() => Groups.GetAsync(vip.Id));
    }

    [Test]
    public async Task ListAsync_LastPageFull_EndsWithoutAnExtraRequest()
    {
        await Groups.CreateAsync("VIP");
        Fake.ClearJournal();

        var pages = new List<int>();
        await foreach (var page in Groups.ListAsync().AsPages(pageSizeHint: 1))
        {
            pages.Add(page.Items.Count);
        }

        Assert.That(pages, Is.EqualTo(new[] { 1, 1 }), "General and VIP, one per page");
        Assert.That(Fake.Journal, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task ListAsync_Search_IsSentAsEcwidsKeyword()
    {
        await Groups.CreateAsync("VIP gold");
        await Groups.CreateAsync("Wholesale");
        Fake.ClearJournal();

        var found = await Groups.ListAsync("gold").ToListAsync();

        Assert.That(found.Select(g => g.Name), Is.EqualTo(new[] { "VIP gold" }));
        Assert.That(Fake.Journal.Single().Query, Does.Contain("keyword=gold"));
    }

    [Test]
    public async Task FindOrCreateAsync_NoSuchGroup_CreatesIt_ThenFindsItIgnoringCaseAndPadding()
    {
        var created = await Groups.FindOrCreateAsync("VIP");
        Fake.ClearJournal();

        var found = await Groups.FindOrCreateAsync("  vip ");

        Assert.That(found, Is.EqualTo(created));
        Assert.That(created.Name, Is.EqualTo("VIP"));
        Assert.That(Fake.Journal.Any(r => r.Method == "POST"), Is.False, "found, not created again");
    }

    [Test]
    public async Task FindOrCreateAsync_NameOnlyContainedInAnother_CreatesTheExactOne()
    {
        var gold = await Groups.CreateAsync("VIP gold");

        var vip = await Groups.FindOrCreateAsync("VIP");

        Assert.That(vip.Id, Is.Not.EqualTo(gold.Id));
        Assert.That((await Groups.ListAsync().ToListAsync()).Select(g => g.Name), Is.EquivalentTo(new[] { "General", "VIP gold", "VIP" }));
    }

    [Test]
    public async Task FindOrCreateAsync_ConcurrentCallsForOneName_CreateOneGroup()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Groups.FindOrCreateAsync("Wholesale")));

        Assert.That(results.Select(g => g.Id).Distinct().Count(), Is.EqualTo(1));
        Assert.That(Fake.Journal.Count(r => r.Method == "POST"), Is.EqualTo(1));
    }

    /// <summary>Names the assumption: Ecwid documents no rule for group names, so find-or-create compares them ignoring case.</summary>
    [Test]
    public void FindOrCreateNameComparison_IgnoresCase_Assumption()
        => Assert.That(EcwidCustomerGroupsClient.NameComparison, Is.EqualTo(StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<TestCaseData> InvalidCalls()
    {
        yield return Case("GetAsync -1", "groupId", g => g.GetAsync(-1));
        yield return Case("CreateAsync null name", "name", g => g.CreateAsync(null!));
        yield return Case("CreateAsync blank name", "name", g => g.CreateAsync(" "));
        yield return Case("UpdateAsync group 0", "groupId", g => g.UpdateAsync(0, "VIP"));
        yield return Case("UpdateAsync blank name", "name", g => g.UpdateAsync(1, ""));
        yield return Case("DeleteAsync group 0", "groupId", g => g.DeleteAsync(0));
        yield return Case("FindOrCreateAsync blank name", "name", g => g.FindOrCreateAsync("\t"));
        yield return Case("FindOrCreateAsync null name", "name", g => g.FindOrCreateAsync(null!));

        static TestCaseData Case(string name, string parameter, Func<IEcwidCustomerGroupsClient, Task> call)
            => new TestCaseData(call, parameter).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(InvalidCalls))]
    public async Task Call_InvalidArgument_ThrowsArgumentExceptionNamingItBeforeAnyRequest(Func<IEcwidCustomerGroupsClient, Task> call, string parameter)
    {
        var thrown = await Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => call(Groups));

        Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo(parameter));
        Assert.That(Fake.Journal, Is.Empty);
    }
}
