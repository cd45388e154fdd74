using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using ContactsSdk.Vendors.Wix;

namespace ContactsSdk.Tests.Vendors.Wix;

/// <summary>
/// <see cref="IWixContactsClient.Labels"/> over HTTP against <see cref="WixFake"/>: the keyed-item operations (Get, List,
/// FindOrCreate, Update, Delete) and a contact's labels by key, reaching the facade's tags.
/// </summary>
public sealed class WixLabelsClientTests
{
    private WixHarness _harness = null!;

    private IWixContactsClient Client => _harness.Client;

    [OneTimeSetUp]
    public void StartFake() => _harness = WixHarness.Start();

    [OneTimeTearDown]
    public async Task StopFake() => await _harness.DisposeAsync();

    [SetUp]
    public void ResetFake() => _harness.Reset();

    [Test]
    public async Task FindOrCreateAsync_SameNameTwice_ReturnsOneLabel()
    {
        var first = await Client.Labels.FindOrCreateAsync("My Label");
        var second = await Client.Labels.FindOrCreateAsync("my label");

        Assert.That(first.Key, Is.EqualTo("custom.my-label"));
        Assert.That(second.Key, Is.EqualTo(first.Key));
        var custom = new List<WixLabel>();
        await foreach (var label in Client.Labels.ListAsync(WixFilter.Eq("namespace", "custom")))
        {
            custom.Add(label);
        }

        Assert.That(custom.Select(l => l.Key), Is.EqualTo(new[] { "custom.my-label" }));
    }

    [Test]
    public async Task ListAsync_PageReachingTheTotal_EndsWithoutAnEmptyRequest()
    {
        await Client.Labels.FindOrCreateAsync("Paged One");
        await Client.Labels.FindOrCreateAsync("Paged Two");
        _harness.Fake.ClearJournal();

        var pages = new List<int>();
        await foreach (var page in Client.Labels.ListAsync(WixFilter.Eq("namespace", "custom")).AsPages(pageSizeHint: 1))
        {
            pages.Add(page.Items.Count);
        }

        Assert.That(pages, Is.EqualTo(new[] { 1, 1 }));
        Assert.That(_harness.Fake.Journal.Count(r => r.Path == "/contacts/v4/labels/query"), Is.EqualTo(2), "the shared offset pager stops at the reported total");
    }

    [Test]
    public async Task UpdateAndDeleteAsync_RenameAndDelete_ReachContacts()
    {
        var contact = await Client.CreateAsync(Draft("labels@example.com") with { Tags = ["Old Name"] });
        var key = (await Client.Labels.GetKeysForContactAsync(contact.Id)).Single();

        await Client.Labels.UpdateAsync(key, "New Name");
        Assert.That((await Client.GetAsync(contact.Id)).Tags, Is.EqualTo(new[] { "New Name" }));
        Assert.That((await Client.Labels.GetAsync(key)).DisplayName, Is.EqualTo("New Name"));

        await Client.Labels.DeleteAsync(key);
        Assert.That((await Client.GetAsync(contact.Id)).Tags, Is.Empty);
        await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.Labels.GetAsync(key));
    }

    [Test]
    public async Task AddToAndRemoveFromContactAsync_SystemLabel_ReadsAsItsDisplayName()
    {
        var contact = await Client.CreateAsync(Draft("keyname@example.com"));
        var tagged = await Client.Labels.AddToContactAsync(contact.Id, ["contacts.customers"]);
        Assert.That(tagged.Tags, Is.EqualTo(new[] { "Customers" }), "a system label reads as its display name");

        var labelled = await Client.Labels.RemoveFromContactAsync(contact.Id, ["contacts.customers"]);
        Assert.That(labelled.Tags, Is.Empty);
    }

    [Test]
    public async Task FindOrCreateAsync_PaddedDecomposedName_StoresTheTrimmedComposedName()
    {
        var label = await Client.Labels.FindOrCreateAsync("  Cafe\u0301 Club  ");

        Assert.That(label.DisplayName, Is.EqualTo("Caf\u00e9 Club"));
        Assert.That((await Client.Labels.GetAsync(label.Key)).DisplayName, Is.EqualTo("Caf\u00e9 Club"));
    }

    [Test]
    public async Task GetKeysForContactAsync_AfterAddToContact_HoldsTheKeysOnce()
    {
        var id = _harness.Fake.SeedContact("Keys");
        var vip = await Client.Labels.FindOrCreateAsync("VIP");

        var updated = await Client.Labels.AddToContactAsync(id, [vip.Key, vip.Key, "contacts.customers"]);

        Assert.That(await Client.Labels.GetKeysForContactAsync(id), Is.EquivalentTo(new[] { vip.Key, "contacts.customers" }));
        Assert.That(updated.Tags, Is.EquivalentTo(new[] { "VIP", "Customers" }));
    }

    [Test]
    public async Task RemoveFromContactAsync_KeyTheContactLacks_KeepsTheOthers()
    {
        var id = _harness.Fake.SeedContact("Keep", labels: ["Stay"]);
        var stay = (await Client.Labels.GetKeysForContactAsync(id)).Single();

        var updated = await Client.Labels.RemoveFromContactAsync(id, ["contacts.customers"]);

        Assert.That(updated.Tags, Is.EqualTo(new[] { "Stay" }));
        Assert.That(await Client.Labels.GetKeysForContactAsync(id), Is.EqualTo(new[] { stay }));
    }

    [Test]
    public async Task UpdateAndDeleteAsync_UnknownKey_ThrowContactNotFound()
    {
        var rename = await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.Labels.UpdateAsync("custom.never-made", "Name"));
        var delete = await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.Labels.DeleteAsync("custom.never-made"));

        Assert.That(rename!.Operation, Is.EqualTo("Labels.Update"));
        Assert.That(delete!.Operation, Is.EqualTo("Labels.Delete"));
    }

    [Test]
    public async Task UpdateAndDeleteAsync_SystemLabel_AreRefusedAndTheLabelStays()
    {
        var rename = await Calls.CatchAsync(() => Client.Labels.UpdateAsync("contacts.customers", "Buyers"));
        var delete = await Calls.CatchAsync(() => Client.Labels.DeleteAsync("contacts.customers"));

        Assert.That(rename, Is.InstanceOf<ContactsException>());
        Assert.That(delete, Is.InstanceOf<ContactsException>());
        Assert.That((await Client.Labels.GetAsync("contacts.customers")).DisplayName, Is.EqualTo("Customers"));
    }

    [Test]
    public async Task ListAsync_FilterByType_YieldsOnlyMatchingLabelsByDisplayName()
    {
        await Client.Labels.FindOrCreateAsync("Zeta");
        await Client.Labels.FindOrCreateAsync("Alpha");

        var system = new List<string>();
        await foreach (var label in Client.Labels.ListAsync(WixFilter.Eq("labelType", "SYSTEM")))
        {
            system.Add(label.Key);
        }

        var custom = new List<string>();
        await foreach (var label in Client.Labels.ListAsync(WixFilter.Eq("namespace", "custom")))
        {
            custom.Add(label.DisplayName);
        }

        Assert.That(system, Is.EquivalentTo(new[] { "contacts.customers", "contacts.contacted-me" }));
        Assert.That(custom, Is.EqualTo(new[] { "Alpha", "Zeta" }));
    }

    private static ContactDraft Draft(string email)
        => new() { Name = PersonName.FromFull("Test " + email.Split('@')[0]), Channels = [new ContactChannel(ChannelKind.Email, email)] };
}
