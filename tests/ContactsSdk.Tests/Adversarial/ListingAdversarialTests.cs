using System.Text.Json;
using ContactsSdk.Paging;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Adversarial;

/// <summary>
/// Issue 12 items 11 and 14-17 as a hostile reviewer varies them on every vendor over HTTP against the fakes: a last page
/// that is exactly full, a listing resumed from every token while many contacts tie on the sort key, and the custom
/// fields of what every Wix write returns.
/// </summary>
public sealed class ListingAdversarialTests : VendorHarnessFixture
{
    public static IEnumerable<ContactsVendor> Vendors() => [ContactsVendor.AgentClara, ContactsVendor.Wix, ContactsVendor.Ecwid];

    // Item 17 on every vendor: four contacts in pages of two are two pages, never a third empty one.
    [TestCaseSource(nameof(Vendors))]
    public async Task LastPageExactlyFull_NoEmptyPageIsYielded(ContactsVendor vendor)
    {
        var client = Client(vendor);
        for (var i = 0; i < 4; i++)
        {
            await client.CreateAsync(Draft(vendor, $"Full{i}"));
        }

        Fake(vendor).ClearJournal();
        var sizes = new List<int>();
        await foreach (var page in client.ListAsync(new ContactQuery()).AsPages(pageSizeHint: 2))
        {
            sizes.Add(page.Items.Count);
        }

        Assert.That(sizes, Is.EqualTo(new[] { 2, 2 }));
        Assert.That(Fake(vendor).Journal, Has.Count.EqualTo(2), "no request for a page that cannot hold anything");
    }

    // Item 11: contacts that tie on the sort key (same name, same second) resumed from every token: each exactly once.
    [TestCaseSource(nameof(Vendors))]
    public async Task ResumedFromEveryToken_WithTiesOnTheSortKey_YieldsEachContactOnce(ContactsVendor vendor)
    {
        var client = Client(vendor);
        var ids = new HashSet<string>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add((await client.CreateAsync(Draft(vendor, $"Tie{i}") with { Name = PersonName.FromParts("Ada", "Same") })).Id);
        }

        foreach (var sort in new[] { ContactSortField.Created, ContactSortField.Name })
        {
            var query = new ContactQuery { SortBy = sort };
            var seen = new List<string>();
            string? token = null;
            do
            {
                // A fresh listing per page, resumed from the token the previous one handed out.
                var page = await FirstPageAsync(client.ListAsync(query).AsPages(token, 2));
                seen.AddRange(page.Items.Select(c => c.Id));
                token = page.ContinuationToken;
            }
            while (token is not null && seen.Count <= 20);

            Assert.That(seen, Is.EquivalentTo(ids), $"{vendor} by {sort}: {seen.Count} yielded");
        }
    }

    // Item 16 on what every Wix write returns, not only Get and List.
    [Test]
    public async Task Wix_EveryWriteResult_CarriesOnlyUserCustomFields()
    {
        var created = await Wix.Client.CreateAsync(new ContactDraft
        {
            Name = PersonName.FromParts("Ada", "Fields"),
            Channels = [new ContactChannel(ChannelKind.Email, "ada.fields@example.com")],
            CustomFields = new Dictionary<string, JsonElement> { ["Tier"] = JsonSerializer.SerializeToElement("gold") },
        });
        var label = await Wix.Client.Labels.FindOrCreateAsync("Fields");

        var results = new[]
        {
            await Wix.Client.UpdateAsync(created.Id, new ContactPatch { Name = PersonName.FromParts("Ada", "Fields2") }),
            await Wix.Client.AddTagsAsync(created.Id, ["vip"]),
            await Wix.Client.RemoveTagsAsync(created.Id, ["vip"]),
            await Wix.Client.Labels.AddToContactAsync(created.Id, [label.Key]),
            await Wix.Client.Labels.RemoveFromContactAsync(created.Id, [label.Key]),
        };

        foreach (var contact in results)
        {
            Assert.That(contact.CustomFields.Keys, Is.EqualTo(new[] { "Tier" }));
        }
    }

    private static ContactDraft Draft(ContactsVendor vendor, string label)
        => new()
        {
            Name = PersonName.FromParts("Ada", label),
            Channels = [new ContactChannel(ChannelKind.Email, $"ada.{label.ToLowerInvariant()}@example.com")],
        };

    private static async Task<Page<Contact>> FirstPageAsync(IAsyncEnumerable<Page<Contact>> pages)
    {
        await foreach (var page in pages)
        {
            return page;
        }

        throw new InvalidOperationException("No page.");
    }
}
