using System.Text.Json;
using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.AgentClara;

namespace ContactsSdk.Samples;

/// <summary>Walks through the facade on AgentClara: create, get, list (several pages), tags, update, search, delete.</summary>
public static class AgentClaraSample
{
    /// <summary>Runs against the API at AGENTCLARA_BASE_URL (default: the real one) when AGENTCLARA_API_KEY is set, else against the embedded fake.</summary>
    public static async Task RunFromEnvironmentAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var apiKey = SampleEnvironment.Get("AGENTCLARA_API_KEY");
        var baseAddress = SampleEnvironment.BaseAddress("AGENTCLARA_BASE_URL", AgentClaraOptions.DefaultBaseAddress, apiKey == AgentClaraFake.DefaultCredential);
        using var fake = apiKey is null ? AgentClaraFake.Start() : null;
        output.WriteLine(fake is null
            ? SampleEnvironment.Describe("AgentClara", baseAddress, "AGENTCLARA_BASE_URL")
            : $"AgentClara: no AGENTCLARA_API_KEY, so using the embedded fake at {fake.BaseAddress}.");

        #region agentclara-quickstart
        await using var clients = new ContactsClientBuilder()
            .Configure(sdk => sdk.AddAgentClara("clara", options =>
            {
                options.ApiKey = apiKey ?? AgentClaraFake.DefaultCredential;
                options.BaseAddress = fake?.BaseAddress ?? baseAddress;
            }))
            .Build();
        var clara = clients.Get<IAgentClaraContactsClient>("clara");
        #endregion

        await RunAsync(clara, output, cancellationToken);
    }

    /// <summary>Runs the walk-through on any AgentClara client.</summary>
    public static async Task RunAsync(IAgentClaraContactsClient clara, TextWriter output, CancellationToken cancellationToken)
    {
        var runId = Guid.NewGuid().ToString("N")[..6];
        output.WriteLine($"Capabilities: tags={clara.Capabilities.SupportsTags}, custom fields={clara.Capabilities.SupportsCustomFields}, channels={string.Join("/", clara.Capabilities.ChannelKinds)}");

        var ada = await clara.CreateAsync(
            new ContactDraft
            {
                Name = PersonName.FromFull($"Ada Lovelace {runId}"),
                Channels = [new ContactChannel(ChannelKind.Email, $"ada.{runId}@example.com"), new ContactChannel(ChannelKind.Phone, "+15551234567")],
                Tags = ["sample"],
                CustomFields = new Dictionary<string, JsonElement> { ["source"] = CustomFieldValue.From("contactssdk-sample") },
            },
            cancellationToken);
        output.WriteLine($"Created {ada.Id}: {ada.Name.Full} <{ada.PrimaryEmail}> {ada.PrimaryPhone}");

        var created = new List<string> { ada.Id };
        foreach (var name in new[] { "Grace Hopper", "Alan Turing", "Katherine Johnson", "Edsger Dijkstra" })
        {
            var contact = await clara.CreateAsync(new ContactDraft { Name = PersonName.FromFull($"{name} {runId}"), Tags = ["sample"] }, cancellationToken);
            created.Add(contact.Id);
        }

        var fetched = await clara.GetAsync(ada.Id, cancellationToken);
        output.WriteLine($"Got {fetched.Id}: tags [{string.Join(", ", fetched.Tags)}], source = {fetched.CustomFields["source"]}");

        output.WriteLine("Listing contacts tagged 'sample', two per page:");
        var pageNumber = 0;
        await foreach (var page in clara.ListAsync(new ContactQuery { Tag = "sample", SortBy = ContactSortField.Name }, cancellationToken).AsPages(pageSizeHint: 2))
        {
            pageNumber++;
            output.WriteLine($"  page {pageNumber}: {string.Join(", ", page.Items.Select(c => c.Name.Full))}{(page.ContinuationToken is null ? " (last)" : string.Empty)}");
        }

        var tagged = await clara.AddTagsAsync(ada.Id, ["vip", "VIP", "newsletter"], cancellationToken);
        output.WriteLine($"Tags after adding vip, VIP, newsletter: [{string.Join(", ", tagged.Tags)}]");

        var updated = await clara.UpdateAsync(
            ada.Id,
            new ContactPatch { Name = PersonName.FromFull($"Ada King {runId}"), CustomFields = new Dictionary<string, JsonElement?> { ["source"] = null, ["tier"] = CustomFieldValue.From("gold") } },
            cancellationToken);
        output.WriteLine($"Updated name to {updated.Name.Full}; custom fields now: {string.Join(", ", updated.CustomFields.Keys)}");

        var found = await clara.SearchAsync($"ada.{runId}@example.com", cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        output.WriteLine($"Search by email found {found.Count} contact(s): {string.Join(", ", found.Select(c => c.Id))}");

        // Vendor-only features are sub-clients, with the same verbs as the facade.
        var conversations = await clara.Conversations.ListAsync(ada.Id, cancellationToken).ToListAsync(cancellationToken);
        output.WriteLine($"Conversations.ListAsync: {conversations.Count} conversation(s) with {ada.Id}");

        try
        {
            await clara.AddChannelAsync(ada.Id, new ContactChannel(ChannelKind.WhatsApp, "+15551234567"), cancellationToken);
        }
        catch (UnsupportedContactOperationException ex)
        {
            output.WriteLine($"As Capabilities said: {ex.Message}");
        }

        foreach (var id in created)
        {
            await clara.DeleteAsync(id, cancellationToken);
        }

        var gone = await clara.TryGetAsync(ada.Id, cancellationToken);
        output.WriteLine($"Deleted {created.Count} contacts; TryGetAsync after delete returns {(gone is null ? "null" : "a contact")}.");
    }
}
