using System.Net.Http.Headers;
using System.Text;
using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.Ecwid;

namespace ContactsSdk.Tests.Vendors.Ecwid;

/// <summary>Listings that show the truth: the billing phone as a channel, and no extra empty page after a full last one.</summary>
public sealed partial class EcwidContactsClientTests
{
    [Test]
    public async Task GetAndList_PhoneOnlyInBillingPerson_ShowsPrimaryPhoneChannelWithBillingPhoneId()
    {
        var id = Fake.SeedContact("old@example.com", "Old Timer");
        await PutCustomerAsync(id, """{"billingPerson":{"name":"Old Timer","phone":"+1 555 000 1111"}}""");

        var got = await Client.GetAsync(Id(id));
        var listed = (await Collect(Client.ListAsync())).Single();

        foreach (var contact in new[] { got, listed })
        {
            var phone = contact.Channels.Single(c => c.Kind == ChannelKind.Phone);
            Assert.That((phone.Value, phone.Id, phone.IsPrimary), Is.EqualTo(("+1 555 000 1111", EcwidContactsClient.BillingPhoneChannelId, true)));
            Assert.That(contact.PrimaryPhone, Is.EqualTo("+1 555 000 1111"));
        }
    }

    [Test]
    public async Task GetAsync_BillingPhoneAlsoAPhoneContact_ListsItOnce()
    {
        var id = Fake.SeedContact("ada@example.com", "Ada");
        var contactId = Fake.SeedCustomerChannel(id, "PHONE", "+15550001111");
        await PutCustomerAsync(id, """{"billingPerson":{"name":"Ada","phone":"+1 (555) 000-1111"}}""");

        var phones = (await Client.GetAsync(Id(id))).Channels.Where(c => c.Kind == ChannelKind.Phone).ToList();

        Assert.That(phones.Select(c => c.Id), Is.EqualTo(new[] { Id(contactId) }), "the same digits are one phone; the contact's own id wins");
    }

    [Test]
    public async Task UpdateChannelAsync_BillingPhone_RewritesOnlyTheBillingPhone()
    {
        var id = Fake.SeedContact("old@example.com", "Old Timer");
        await PutCustomerAsync(id, """{"billingPerson":{"name":"Old Timer","companyName":"Acme","city":"Oslo","phone":"+15550001111"}}""");
        var phone = (await Client.GetAsync(Id(id))).Channels.Single(c => c.Kind == ChannelKind.Phone);

        var changed = await Client.UpdateChannelAsync(Id(id), phone.Id!, phone with { Value = "+15550002222" });
        var customer = await Client.GetCustomerAsync(id);

        Assert.That((changed.Id, changed.Value), Is.EqualTo((EcwidContactsClient.BillingPhoneChannelId, "+15550002222")));
        Assert.That((customer.BillingPerson!.Phone, customer.BillingPerson.Name, customer.BillingPerson.CompanyName, customer.BillingPerson.City),
            Is.EqualTo(("+15550002222", "Old Timer", "Acme", "Oslo")));
        Assert.That(customer.Contacts.Select(c => c.Type), Is.EqualTo(new[] { "EMAIL" }), "no PHONE contact is added: the billing phone stays where it was");
        Assert.That(Fake.Journal.Where(r => r.Method == "PUT").Select(r => r.Body), Has.All.Not.Contain("\"contacts\""));
    }

    [Test]
    public async Task UpdateChannelAsync_BillingPhoneToTheDigitsOfAPhoneContact_ReturnsTheWrittenNumberAndListsItOnce()
    {
        var id = Fake.SeedContact("old@example.com", "Old Timer");
        Fake.SeedCustomerChannel(id, "PHONE", "+15550002222");
        await PutCustomerAsync(id, """{"billingPerson":{"name":"Old Timer","phone":"+15550001111"}}""");

        var changed = await Client.UpdateChannelAsync(
            Id(id), EcwidContactsClient.BillingPhoneChannelId, new ContactChannel(ChannelKind.Phone, "+1 555 000 2222"));
        var phones = (await Client.GetAsync(Id(id))).Channels.Where(c => c.Kind == ChannelKind.Phone).ToList();

        Assert.That((changed.Id, changed.Value), Is.EqualTo((EcwidContactsClient.BillingPhoneChannelId, "+1 555 000 2222")));
        Assert.That(phones.Select(c => c.Value), Is.EqualTo(new[] { "+15550002222" }));
    }

    [Test]
    public async Task UpdateChannelAsync_BillingPhoneWithAnotherKind_ThrowsArgumentExceptionBeforeHttp()
    {
        var id = Fake.SeedContact("old@example.com");
        Fake.ClearJournal();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Client.UpdateChannelAsync(Id(id), EcwidContactsClient.BillingPhoneChannelId, new ContactChannel(ChannelKind.Email, "x@example.com")));

        Assert.That(error!.ParamName, Is.EqualTo("channel"));
        Assert.That(Fake.Journal, Is.Empty);
    }

    [Test]
    public async Task RemoveChannelAsync_BillingPhone_ClearsItAndKeepsTheBillingPerson_SecondRemoveThrowsNotFound()
    {
        var id = Fake.SeedContact("old@example.com", "Old Timer");
        await PutCustomerAsync(id, """{"billingPerson":{"name":"Old Timer","companyName":"Acme","phone":"+15550001111"}}""");

        await Client.RemoveChannelAsync(Id(id), EcwidContactsClient.BillingPhoneChannelId);
        var contact = await Client.GetAsync(Id(id));
        var customer = await Client.GetCustomerAsync(id);

        Assert.That(contact.Channels.Where(c => c.Kind == ChannelKind.Phone), Is.Empty);
        Assert.That((customer.BillingPerson!.Name, customer.BillingPerson.CompanyName), Is.EqualTo(("Old Timer", "Acme")));
        await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.RemoveChannelAsync(Id(id), EcwidContactsClient.BillingPhoneChannelId));
    }

    [TestCase(ContactSortField.Created)]
    [TestCase(ContactSortField.Name)]
    public async Task ListAsync_LastPageFull_EndsWithoutAnExtraEmptyPage(ContactSortField sortBy)
    {
        for (var i = 0; i < 6; i++)
        {
            Fake.SeedContact($"c{i}@example.com", $"C {i}", Start.AddSeconds(i));
        }

        Fake.ClearJournal();
        var pages = new List<int>();
        await foreach (var page in Client.ListAsync(new ContactQuery { SortBy = sortBy }).AsPages(pageSizeHint: 3))
        {
            pages.Add(page.Items.Count);
        }

        Assert.That(pages, Is.EqualTo(new[] { 3, 3 }), "Ecwid's total says the second page was the last");
        Assert.That(Fake.Journal.Count(r => r.Method == "GET"), Is.EqualTo(2));
    }

    private async Task PutCustomerAsync(long customerId, string json)
    {
        using var http = new HttpClient { BaseAddress = Fake.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{EcwidFake.DefaultStoreId}/customers/{customerId}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", EcwidFake.DefaultCredential);
        using var response = await http.SendAsync(request);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
    }
}
