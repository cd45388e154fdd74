using System.Text.Json;
using ContactsSdk.Errors;
using ContactsSdk.Vendors.Wix;

namespace ContactsSdk.Tests.Vendors.Wix;

/// <summary>Listings that show the truth: custom fields are the user's own, and a projection without them says so.</summary>
public sealed partial class WixContactsClientTests
{
    [Test]
    public async Task CustomFields_HoldOnlyUserDefinedFields_SystemFieldsStayOnGetExtendedFieldValuesAsync()
    {
        var created = await Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromParts("Ada", "Lovelace"),
            Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com")],
            CustomFields = new Dictionary<string, JsonElement> { ["Tier"] = JsonSerializer.SerializeToElement("gold") },
        });

        var got = await Client.GetAsync(created.Id);
        var listed = (await Collect(Client.ListAsync())).Single();
        var all = await Client.ExtendedFields.GetValuesForContactAsync(created.Id);

        using (Assert.EnterMultipleScope())
        {
            foreach (var contact in new[] { created, got, listed })
            {
                Assert.That(contact.CustomFields.Keys, Is.EqualTo(new[] { "Tier" }), "system extended fields are not custom fields");
                Assert.That(contact.CustomFieldsLoaded, Is.True);
            }

            Assert.That(all.Keys, Does.Contain("custom.tier"));
            Assert.That(all.Keys.Where(key => !key.StartsWith("custom.", StringComparison.Ordinal)), Is.Not.Empty,
                "Wix's system fields (contacts.displayByFirstName, …) stay reachable on Wix's own view");
            Assert.That(all["custom.tier"].GetString(), Is.EqualTo("gold"));
        }
    }

    [Test]
    public async Task GetExtendedFieldValuesAsync_BadOrUnknownId_ThrowsArgumentExceptionOrNotFound()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client.ExtendedFields.GetValuesForContactAsync("not-a-guid"));
        Assert.That(error!.ParamName, Is.EqualTo("contactId"));
        await Assert.ThrowsAsync<ContactNotFoundException>(() => Client.ExtendedFields.GetValuesForContactAsync(Guid.NewGuid().ToString()));
    }

    [TestCase("BASIC", false)]
    [TestCase("COMMUNICATION_DETAILS", false)]
    [TestCase("EXTENDED", true)]
    [TestCase("FULL", true)]
    public async Task QueryAsync_Fieldsets_MarkCustomFieldsLoadedOnlyWhenTheProjectionCarriesThem(string fieldset, bool loaded)
    {
        await Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromParts("Ada", "Lovelace"),
            CustomFields = new Dictionary<string, JsonElement> { ["Tier"] = JsonSerializer.SerializeToElement("gold") },
        });

        var contact = (await Collect(Client.ListAsync(new WixContactQuery { Fieldsets = [fieldset] }))).Single();

        Assert.That(contact.CustomFieldsLoaded, Is.EqualTo(loaded));
        Assert.That(contact.CustomFields.ContainsKey("Tier"), Is.EqualTo(loaded));
    }

    private static async Task<List<Contact>> Collect(IAsyncEnumerable<Contact> contacts)
    {
        var list = new List<Contact>();
        await foreach (var contact in contacts)
        {
            list.Add(contact);
        }

        return list;
    }
}
