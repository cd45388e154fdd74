using System.Globalization;
using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Ecwid;

namespace ContactsSdk.Tests.Vendors.Ecwid;

/// <summary><c>IEcwidContactsClient.CustomerContacts</c> over HTTP against <see cref="EcwidFake"/>.</summary>
public sealed class EcwidCustomerContactsClientTests
{
    private EcwidHarness _harness = null!;

    private IEcwidCustomerContactsClient CustomerContacts => _harness.Client.CustomerContacts;

    private EcwidFake Fake => _harness.Fake;

    [OneTimeSetUp]
    public void StartFake() => _harness = EcwidHarness.Start();

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    [Test]
    public async Task CustomerContactOperations_ListGetCreateUpdateDelete()
    {
        var customer = Fake.SeedContact("ada@example.com");
        var created = await CustomerContacts.CreateAsync(customer, new EcwidCustomerContactInput { Contact = "+1555", Type = "PHONE", Note = "desk" });
        var updated = await CustomerContacts.UpdateAsync(customer, created.Id, new EcwidCustomerContactInput { Contact = "+1666" });
        var fetched = await CustomerContacts.GetAsync(customer, created.Id);
        var all = await CustomerContacts.ListAsync(customer).ToListAsync();
        await CustomerContacts.DeleteAsync(customer, created.Id);

        Assert.That(created.Type, Is.EqualTo("PHONE"));
        Assert.That(created.IsDefault, Is.True, "the first of a type becomes the default");
        Assert.That(updated.Contact, Is.EqualTo("+1666"));
        Assert.That(updated.Note, Is.EqualTo("desk"));
        Assert.That(fetched, Is.EqualTo(updated));
        Assert.That(all.Select(c => c.Type), Is.EquivalentTo(new[] { "EMAIL", "PHONE" }));
        await Assert.ThrowsAsync<ContactNotFoundException>(() => CustomerContacts.GetAsync(customer, created.Id));
        await Assert.ThrowsAsync<ArgumentException>(() => CustomerContacts.CreateAsync(customer, new EcwidCustomerContactInput { Contact = "x", Type = "whatsapp" }));
    }

    [Test]
    public async Task GetAsync_ChannelId_IsTheIdTheFacadePutsInContactChannelId()
    {
        var customer = Fake.SeedContact("ada@example.com");
        var phone = await _harness.Client.AddChannelAsync(Id(customer), new ContactChannel(ChannelKind.Phone, "+15551234567"));

        var same = await CustomerContacts.GetAsync(customer, long.Parse(phone.Id!, CultureInfo.InvariantCulture));

        Assert.That(same.Contact, Is.EqualTo("+15551234567"));
        Assert.That(same.Kind, Is.EqualTo(ChannelKind.Phone));
    }

    [Test]
    public async Task ListAsync_PageSizeHint_CutsPagesFromEcwidsOneAnswer_AndTokensResume()
    {
        var customer = Fake.SeedContact("ada@example.com");
        Fake.SeedCustomerChannel(customer, "PHONE", "+15550000001");
        Fake.SeedCustomerChannel(customer, "WHATSAPP", "+15550000002");
        Fake.ClearJournal();

        var pages = await CustomerContacts.ListAsync(customer).AsPages(pageSizeHint: 2).ToListAsync();
        var resumed = await CustomerContacts.ListAsync(customer).AsPages(pages[0].ContinuationToken, pageSizeHint: 2).ToListAsync();

        Assert.That(pages.Select(page => page.Items.Count), Is.EqualTo(new[] { 2, 1 }));
        Assert.That(pages[^1].ContinuationToken, Is.Null, "the last page says so");
        Assert.That(pages.SelectMany(page => page.Items).Select(c => c.Type), Is.EqualTo(new[] { "EMAIL", "PHONE", "WHATSAPP" }));
        Assert.That(resumed.SelectMany(page => page.Items).Select(c => c.Type), Is.EqualTo(new[] { "WHATSAPP" }));
        Assert.That(Fake.Journal.All(r => r.Method == "GET" && r.Path.EndsWith($"/customers/{customer}/contacts", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public async Task ListAsync_TokenOfAnotherCustomer_IsRefusedBeforeAnyRequest()
    {
        var ada = Fake.SeedContact("ada@example.com");
        var grace = Fake.SeedContact("grace@example.com");
        Fake.SeedCustomerChannel(ada, "PHONE", "+15550000001");
        var first = await CustomerContacts.ListAsync(ada).AsPages(pageSizeHint: 1).FirstAsync();
        Fake.ClearJournal();

        Assert.That(() => CustomerContacts.ListAsync(grace).AsPages(first.ContinuationToken), Throws.ArgumentException);
        Assert.That(Fake.Journal, Is.Empty);
    }

    [Test]
    public async Task ListAsync_UnknownCustomer_ThrowsNotFoundOnTheFirstPage()
    {
        var listing = CustomerContacts.ListAsync(987654321);

        await Assert.ThatAsync(async () => await listing.ToListAsync(), Throws.InstanceOf<ContactNotFoundException>());
    }

    [Test]
    public async Task CreateAsync_SameValueTwice_CreatesTwo_UnlikeTheFacadesAddChannel()
    {
        var customer = Fake.SeedContact("ada@example.com");
        var input = new EcwidCustomerContactInput { Contact = "+15551234567", Type = "PHONE" };

        var first = await CustomerContacts.CreateAsync(customer, input);
        var second = await CustomerContacts.CreateAsync(customer, input);

        Assert.That(second.Id, Is.Not.EqualTo(first.Id));
        Assert.That((await CustomerContacts.ListAsync(customer).ToListAsync()).Count(c => c.Type == "PHONE"), Is.EqualTo(2));
    }

    [Test]
    public async Task UpdateAsync_IsDefault_MovesTheDefaultWithinTheType()
    {
        var customer = Fake.SeedContact("ada@example.com");
        var first = await CustomerContacts.CreateAsync(customer, new EcwidCustomerContactInput { Contact = "+15550000001", Type = "PHONE" });
        var second = await CustomerContacts.CreateAsync(customer, new EcwidCustomerContactInput { Contact = "+15550000002", Type = "PHONE" });

        var promoted = await CustomerContacts.UpdateAsync(customer, second.Id, new EcwidCustomerContactInput { IsDefault = true });

        Assert.That(promoted.IsDefault, Is.True);
        Assert.That((await CustomerContacts.GetAsync(customer, first.Id)).IsDefault, Is.False);
    }

    [Test]
    public async Task DeleteAsync_LeavesTheOtherChannels()
    {
        var customer = Fake.SeedContact("ada@example.com");
        var phone = await CustomerContacts.CreateAsync(customer, new EcwidCustomerContactInput { Contact = "+15550000001", Type = "PHONE" });

        await CustomerContacts.DeleteAsync(customer, phone.Id);

        Assert.That((await CustomerContacts.ListAsync(customer).ToListAsync()).Select(c => c.Type), Is.EqualTo(new[] { "EMAIL" }));
        Assert.That(Fake.Journal.Any(r => r.Method == "PUT"), Is.False, "no write of the whole customer");
    }

    private static IEnumerable<TestCaseData> InvalidCalls()
    {
        var input = new EcwidCustomerContactInput { Contact = "+1555", Type = "PHONE" };
        yield return Case("ListAsync customer 0", "customerId", c => Task.FromResult(c.ListAsync(0)));
        yield return Case("GetAsync customer 0", "customerId", c => c.GetAsync(0, 1));
        yield return Case("GetAsync channel 0", "channelId", c => c.GetAsync(1, 0));
        yield return Case("GetAsync channel -1", "channelId", c => c.GetAsync(1, -1));
        yield return Case("CreateAsync customer -1", "customerId", c => c.CreateAsync(-1, input));
        yield return Case("CreateAsync null channel", "channel", c => c.CreateAsync(1, null!));
        yield return Case("CreateAsync no type", "channel", c => c.CreateAsync(1, new EcwidCustomerContactInput { Contact = "x" }));
        yield return Case("UpdateAsync channel 0", "channelId", c => c.UpdateAsync(1, 0, input));
        yield return Case("UpdateAsync null changes", "changes", c => c.UpdateAsync(1, 1, null!));
        yield return Case("DeleteAsync channel 0", "channelId", c => c.DeleteAsync(1, 0));

        static TestCaseData Case(string name, string parameter, Func<IEcwidCustomerContactsClient, Task> call)
            => new TestCaseData(call, parameter).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(InvalidCalls))]
    public async Task Call_InvalidArgument_ThrowsArgumentExceptionNamingItBeforeAnyRequest(Func<IEcwidCustomerContactsClient, Task> call, string parameter)
    {
        var thrown = await Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => call(CustomerContacts));

        Assert.That(((ArgumentException)thrown!).ParamName, Is.EqualTo(parameter));
        Assert.That(Fake.Journal, Is.Empty);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
