using System.Text.Json;
using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.Wix;

namespace ContactsSdk.Samples;

/// <summary>Walks through Wix: labels as tags, custom fields, a revision conflict handled, a WQL query, a merge.</summary>
public static class WixSample
{
    /// <summary>Runs against the API at WIX_BASE_URL (default: the real one) when WIX_API_KEY and WIX_SITE_ID are set, else against the embedded fake.</summary>
    public static async Task RunFromEnvironmentAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var apiKey = SampleEnvironment.Get("WIX_API_KEY");
        var siteId = SampleEnvironment.Get("WIX_SITE_ID");
        var real = apiKey is not null && siteId is not null;
        var baseAddress = SampleEnvironment.BaseAddress("WIX_BASE_URL", WixOptions.DefaultBaseAddress, real && apiKey == WixFake.DefaultCredential);
        using var fake = real ? null : WixFake.Start();
        output.WriteLine(fake is null
            ? SampleEnvironment.Describe("Wix", baseAddress, "WIX_BASE_URL")
            : $"Wix: no WIX_API_KEY/WIX_SITE_ID, so using the embedded fake at {fake.BaseAddress}.");

        #region wix-quickstart
        await using var clients = new ContactsClientBuilder()
            .Configure(sdk => sdk.AddWix("site", options =>
            {
                options.ApiKey = real ? apiKey : WixFake.DefaultCredential;
                options.SiteId = real ? siteId : WixFake.DefaultSiteId;
                options.BaseAddress = fake?.BaseAddress ?? baseAddress;
            }))
            .Build();
        var wix = clients.Get<IWixContactsClient>("site");
        #endregion

        await RunAsync(wix, output, cancellationToken);
    }

    /// <summary>Runs the walk-through on any Wix client.</summary>
    public static async Task RunAsync(IWixContactsClient wix, TextWriter output, CancellationToken cancellationToken)
    {
        var runId = Guid.NewGuid().ToString("N")[..6];
        var ada = await wix.CreateAsync(
            new ContactDraft
            {
                Name = PersonName.FromParts("Ada", $"Lovelace {runId}"),
                Channels = [new ContactChannel(ChannelKind.Email, $"ada.{runId}@example.com") { Label = "WORK" }],
                Tags = [$"Sample {runId}"],
                CustomFields = new Dictionary<string, JsonElement> { [$"tier {runId}"] = JsonSerializer.SerializeToElement("gold") },
                Company = "Analytical Engines",
            },
            cancellationToken);
        output.WriteLine($"Created {ada.Id} (revision {ada.Revision}): tags [{string.Join(", ", ada.Tags)}], label keys [{string.Join(", ", await wix.Labels.GetKeysForContactAsync(ada.Id, cancellationToken))}]");

        var label = await wix.Labels.FindOrCreateAsync($"Sample {runId}", cancellationToken);
        output.WriteLine($"Find-or-create of the same name returns the same label: {label.Key} ({label.DisplayName})");

        #region wix-revision-conflict
        // Two writers read revision 1; the second write is refused instead of silently overwriting the first.
        await wix.UpdateAsync(ada.Id, new ContactPatch { JobTitle = "Programmer", ExpectedRevision = ada.Revision }, cancellationToken);
        try
        {
            await wix.UpdateAsync(ada.Id, new ContactPatch { JobTitle = "Mathematician", ExpectedRevision = ada.Revision }, cancellationToken);
        }
        catch (ContactConflictException ex) when (ex.VendorErrorCode == "CONTACT_ALREADY_CHANGED")
        {
            var fresh = await wix.GetAsync(ada.Id, cancellationToken);
            output.WriteLine($"Revision conflict handled: re-read revision {fresh.Revision} (job title '{fresh.JobTitle}') and applied the change again.");
            await wix.UpdateAsync(ada.Id, new ContactPatch { JobTitle = "Mathematician", ExpectedRevision = fresh.Revision }, cancellationToken);
        }
        #endregion

        var duplicate = await wix.CreateAsync(
            new ContactDraft { Name = PersonName.FromParts("A.", $"Lovelace {runId}"), Channels = [new ContactChannel(ChannelKind.Phone, "+15551234567")] },
            cancellationToken);
        #region wix-query-and-merge
        var query = new WixContactQuery { Filter = WixFilter.Eq(WixContactFields.LastName, $"Lovelace {runId}"), SortField = WixContactFields.FirstName };
        var found = new List<string?>();
        await foreach (var contact in wix.ListAsync(query, cancellationToken))
        {
            found.Add(contact.Name.Full);
        }

        output.WriteLine($"WQL query by last name found: {string.Join(", ", found)}");

        var merged = await wix.MergeAsync(ada.Id, [duplicate.Id], cancellationToken: cancellationToken);
        var viaOldId = await wix.GetAsync(duplicate.Id, cancellationToken);
        output.WriteLine($"Merged {duplicate.Id} into {merged.Id}: channels {string.Join(", ", merged.Channels.Select(c => c.Value))}; the old id now returns {viaOldId.Id}.");
        #endregion

        await wix.DeleteAsync(ada.Id, cancellationToken);
        await wix.Labels.DeleteAsync(label.Key, cancellationToken);
        var field = await wix.ExtendedFields.FindOrCreateAsync($"tier {runId}", cancellationToken: cancellationToken);
        await wix.ExtendedFields.DeleteAsync(field.Key, cancellationToken);
        output.WriteLine($"Deleted {ada.Id}, label {label.Key} and field {field.Key}.");
    }
}
