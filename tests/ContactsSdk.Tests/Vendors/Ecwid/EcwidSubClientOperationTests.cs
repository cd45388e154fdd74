using System.Globalization;
using ContactsSdk.Diagnostics;
using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Ecwid;

namespace ContactsSdk.Tests.Vendors.Ecwid;

/// <summary>
/// Every member of Ecwid's sub-clients goes through the one operation path: a call yields exactly one span, named
/// <c>ContactsSdk.{SubClient}.{Verb}</c>, and a failure's <see cref="ContactsException.Operation"/> says the same name.
/// </summary>
[NonParallelizable]
public sealed class EcwidSubClientOperationTests
{
    private EcwidHarness _harness = null!;

    private EcwidFake Fake => _harness.Fake;

    [OneTimeSetUp]
    public void StartFake() => _harness = EcwidHarness.Start();

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    /// <summary>A customer with an EMAIL channel and a PHONE channel, and a group.</summary>
    public sealed record Seeded(long CustomerId, long PhoneId, long GroupId);

    private static IEnumerable<TestCaseData> Calls()
    {
        var phone = new EcwidCustomerContactInput { Contact = "+15557654321", Type = "PHONE" };
        yield return Case(ContactsOperations.CustomerContactsList, (c, s) => FirstAsync(c.CustomerContacts.ListAsync(s.CustomerId)));
        yield return Case(ContactsOperations.CustomerContactsGet, (c, s) => c.CustomerContacts.GetAsync(s.CustomerId, s.PhoneId));
        yield return Case(ContactsOperations.CustomerContactsCreate, (c, s) => c.CustomerContacts.CreateAsync(s.CustomerId, phone));
        yield return Case(ContactsOperations.CustomerContactsUpdate, (c, s) => c.CustomerContacts.UpdateAsync(s.CustomerId, s.PhoneId, new EcwidCustomerContactInput { Note = "desk" }));
        yield return Case(ContactsOperations.CustomerContactsDelete, (c, s) => c.CustomerContacts.DeleteAsync(s.CustomerId, s.PhoneId));
        yield return Case(ContactsOperations.GroupsList, (c, _) => FirstAsync(c.Groups.ListAsync()));
        yield return Case(ContactsOperations.GroupsGet, (c, s) => c.Groups.GetAsync(s.GroupId));
        yield return Case(ContactsOperations.GroupsCreate, (c, _) => c.Groups.CreateAsync("Wholesale"));
        yield return Case(ContactsOperations.GroupsUpdate, (c, s) => c.Groups.UpdateAsync(s.GroupId, "Gold"));
        yield return Case(ContactsOperations.GroupsDelete, (c, s) => c.Groups.DeleteAsync(s.GroupId));
        yield return Case(ContactsOperations.GroupsFindOrCreate, (c, _) => c.Groups.FindOrCreateAsync("Wholesale"));
        yield return Case(ContactsOperations.GroupsFindOrCreate, (c, _) => c.Groups.FindOrCreateAsync("vip"), "found");
        yield return Case(ContactsOperations.DeletedCustomersList, (c, _) => FirstAsync(c.DeletedCustomers.ListAsync()));
        yield return Case(ContactsOperations.GetCustomer, (c, s) => c.GetCustomerAsync(s.CustomerId));

        static TestCaseData Case(string operation, Func<IEcwidContactsClient, Seeded, Task> call, string? variant = null)
            => new TestCaseData(operation, call).SetArgDisplayNames(variant is null ? operation : $"{operation} ({variant})");
    }

    [TestCaseSource(nameof(Calls))]
    public async Task SubClientMember_EmitsExactlyOneSpanNamedForItsOperation(string operation, Func<IEcwidContactsClient, Seeded, Task> call)
    {
        var seeded = await SeedAsync();
        using var spans = new OperationSpans();

        await call(_harness.Client, seeded);

        Assert.That(spans.Operations, Is.EqualTo(new[] { operation }));
        Assert.That(spans.Names, Is.EqualTo(new[] { $"ContactsSdk.{operation}" }));
    }

    private static IEnumerable<TestCaseData> Failures()
    {
        yield return Case(ContactsOperations.CustomerContactsList, c => FirstAsync(c.CustomerContacts.ListAsync(999_999_999)));
        yield return Case(ContactsOperations.CustomerContactsGet, c => c.CustomerContacts.GetAsync(999_999_999, 1));
        yield return Case(ContactsOperations.CustomerContactsUpdate, c => c.CustomerContacts.UpdateAsync(999_999_999, 1, new EcwidCustomerContactInput { Note = "x" }));
        yield return Case(ContactsOperations.CustomerContactsDelete, c => c.CustomerContacts.DeleteAsync(999_999_999, 1));
        yield return Case(ContactsOperations.CustomerContactsCreate, c => c.CustomerContacts.CreateAsync(999_999_999, new EcwidCustomerContactInput { Contact = "+1555", Type = "PHONE" }));
        yield return Case(ContactsOperations.GroupsGet, c => c.Groups.GetAsync(999_999_999));
        yield return Case(ContactsOperations.GroupsUpdate, c => c.Groups.UpdateAsync(999_999_999, "Gold"));
        yield return Case(ContactsOperations.GroupsDelete, c => c.Groups.DeleteAsync(999_999_999));

        static TestCaseData Case(string operation, Func<IEcwidContactsClient, Task> call)
            => new TestCaseData(operation, call).SetArgDisplayNames(operation);
    }

    [TestCaseSource(nameof(Failures))]
    public async Task SubClientMember_Failure_NamesTheSameOperationAsItsOneSpan(string operation, Func<IEcwidContactsClient, Task> call)
    {
        using var spans = new OperationSpans();

        var thrown = await Assert.ThrowsAsync<ContactNotFoundException>(() => call(_harness.Client));

        Assert.That(thrown!.Operation, Is.EqualTo(operation));
        Assert.That(thrown.Vendor, Is.EqualTo(ContactsVendor.Ecwid));
        Assert.That(spans.Operations, Is.EqualTo(new[] { operation }));
    }

    private async Task<Seeded> SeedAsync()
    {
        var customer = Fake.SeedContact("ada@example.com");
        var phone = Fake.SeedCustomerChannel(customer, "PHONE", "+15551234567");
        var group = await _harness.Client.Groups.CreateAsync("VIP");
        await _harness.Client.DeleteAsync(Fake.SeedContact("gone@example.com").ToString(CultureInfo.InvariantCulture));
        return new Seeded(customer, phone, group.Id);
    }

    private static async Task FirstAsync<T>(IAsyncEnumerable<T> listing)
    {
        await using var items = listing.GetAsyncEnumerator();
        Assert.That(await items.MoveNextAsync(), Is.True, "the listing has an item");
    }
}
