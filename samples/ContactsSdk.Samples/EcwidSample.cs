using System.Globalization;
using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.Ecwid;

namespace ContactsSdk.Samples;

/// <summary>Walks through the facade on Ecwid: a customer with email, phone, WhatsApp and Instagram; change one channel; list customers.</summary>
public static class EcwidSample
{
    /// <summary>Runs against the API at ECWID_BASE_URL (default: the real one) when ECWID_STORE_ID and ECWID_TOKEN are set, else against the embedded fake.</summary>
    public static async Task RunFromEnvironmentAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var storeId = SampleEnvironment.Get("ECWID_STORE_ID");
        var token = SampleEnvironment.Get("ECWID_TOKEN");
        var real = storeId is not null && token is not null;
        var baseAddress = SampleEnvironment.BaseAddress("ECWID_BASE_URL", EcwidOptions.DefaultBaseAddress, real && token == EcwidFake.DefaultCredential);
        using var fake = real ? null : EcwidFake.Start();
        output.WriteLine(fake is null
            ? SampleEnvironment.Describe("Ecwid", baseAddress, "ECWID_BASE_URL")
            : $"Ecwid: no ECWID_STORE_ID/ECWID_TOKEN, so using the embedded fake at {fake.BaseAddress}.");

        #region ecwid-quickstart
        await using var clients = new ContactsClientBuilder()
            .Configure(sdk => sdk.AddEcwid("shop", options =>
            {
                options.StoreId = real ? long.Parse(storeId!, CultureInfo.InvariantCulture) : EcwidFake.DefaultStoreId;
                options.AccessToken = real ? token : EcwidFake.DefaultCredential;
                options.BaseAddress = fake?.BaseAddress ?? baseAddress;
            }))
            .Build();
        var shop = clients.Get<IEcwidContactsClient>("shop");
        #endregion

        await RunAsync(shop, output, cancellationToken);
    }

    /// <summary>Runs the walk-through on any Ecwid client, deleting what it created.</summary>
    public static async Task RunAsync(IEcwidContactsClient shop, TextWriter output, CancellationToken cancellationToken)
    {
        var runId = Guid.NewGuid().ToString("N")[..6];
        output.WriteLine($"Capabilities: tags={shop.Capabilities.SupportsTags}, custom fields={shop.Capabilities.SupportsCustomFields}, {shop.Capabilities.ChannelKinds.Count} channel kinds");

        var ada = await shop.CreateAsync(
            new ContactDraft
            {
                Name = PersonName.FromFull($"Ada Lovelace {runId}"),
                Channels =
                [
                    new ContactChannel(ChannelKind.Email, $"ada.{runId}@example.com"),
                    new ContactChannel(ChannelKind.Phone, "+15551234567"),
                    new ContactChannel(ChannelKind.WhatsApp, "+15551234567"),
                    new ContactChannel(ChannelKind.Instagram, $"https://instagram.com/ada{runId}") { Handle = $"ada{runId}" },
                ],
            },
            cancellationToken);
        output.WriteLine($"Created customer {ada.Id}: {ada.Name.Full} with channels {string.Join(", ", ada.Channels.Select(c => $"{c.Kind}#{c.Id}"))}");

        #region ecwid-update-channel
        // Change one channel through Ecwid's customer-contact endpoint: the other channels are never rewritten.
        var phone = ada.Channels.First(c => c.Kind == ChannelKind.Phone);
        var changed = await shop.UpdateChannelAsync(ada.Id, phone.Id!, phone with { Value = "+15557654321", Note = "new number" }, cancellationToken);
        var reread = await shop.GetAsync(ada.Id, cancellationToken);
        output.WriteLine($"Changed phone #{changed.Id}; channel ids still {string.Join(", ", reread.Channels.Select(c => c.Id))}");
        #endregion

        var grace = await shop.CreateAsync(
            new ContactDraft { Name = PersonName.FromFull($"Grace Hopper {runId}"), Channels = [new ContactChannel(ChannelKind.Email, $"grace.{runId}@example.com")] },
            cancellationToken);

        output.WriteLine("Listing customers, oldest first, two per page:");
        var pageNumber = 0;
        await foreach (var page in shop.ListAsync(new ContactQuery { Search = runId }, cancellationToken).AsPages(pageSizeHint: 2))
        {
            pageNumber++;
            output.WriteLine($"  page {pageNumber}: {string.Join(", ", page.Items.Select(c => c.Name.Full))}{(page.ContinuationToken is null ? " (last)" : string.Empty)}");
        }

        var customer = await shop.GetCustomerAsync(long.Parse(ada.Id, CultureInfo.InvariantCulture), cancellationToken);
        output.WriteLine($"Ecwid view: group {customer.CustomerGroupName}, {customer.Contacts.Count} customer contacts");

        // Vendor-only features are sub-clients, with the same verbs as the facade.
        var channels = await shop.CustomerContacts.ListAsync(customer.Id, cancellationToken).ToListAsync(cancellationToken);
        output.WriteLine($"CustomerContacts.ListAsync: {string.Join(", ", channels.Select(c => c.Type))}");

        await shop.DeleteAsync(ada.Id, cancellationToken);
        await shop.DeleteAsync(grace.Id, cancellationToken);
        output.WriteLine($"Deleted 2 customers; TryGetAsync now returns {((await shop.TryGetAsync(ada.Id, cancellationToken)) is null ? "null" : "a contact")}.");
    }
}
