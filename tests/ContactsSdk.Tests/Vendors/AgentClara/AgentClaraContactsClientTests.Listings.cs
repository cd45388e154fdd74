using System.Text.Json;

namespace ContactsSdk.Tests.Vendors.AgentClara;

/// <summary>Listings that show the truth: list and search items omit custom_fields, and the contacts say so.</summary>
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
}
