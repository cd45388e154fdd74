using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace ContactsSdk.Testing.Host;

/// <summary>The contacts <c>contacts-fakes --seed</c> creates in each fake, through the SDK's own clients.</summary>
internal static class DemoContacts
{
    /// <summary>The tag the demo contacts carry where the vendor has tags.</summary>
    public const string Tag = "demo";

    private static readonly (string Name, string Email)[] People =
    [
        ("Ada Lovelace", "ada@example.com"),
        ("Grace Hopper", "grace@example.com"),
        ("Alan Turing", "alan@example.com"),
    ];

    /// <summary>Creates the demo contacts in each fake.</summary>
    /// <param name="fakes">The running fakes.</param>
    /// <param name="cancellationToken">Stops seeding.</param>
    /// <returns>A task that completes when every contact exists.</returns>
    // Seeding over HTTP, with the same glue a user's test uses, keeps the tool to the fakes' public surface: what it seeds
    // is what a client could have created.
    public static async Task SeedAsync(IReadOnlyList<VendorFake> fakes, CancellationToken cancellationToken)
    {
        await using var clients = new ContactsClientBuilder().Configure(sdk => Register(sdk, fakes)).Build();
        foreach (var name in clients.Names)
        {
            var client = clients.Get(name);
            foreach (var (fullName, email) in People)
            {
                await client.CreateAsync(DraftFor(client, fullName, email), cancellationToken);
            }
        }
    }

    private static void Register(ContactsSdkBuilder sdk, IReadOnlyList<VendorFake> fakes)
    {
        foreach (var fake in fakes)
        {
            _ = fake switch
            {
                AgentClaraFake clara => sdk.AddAgentClara("agentclara", clara),
                WixFake wix => sdk.AddWix("wix", wix),
                EcwidFake ecwid => sdk.AddEcwid("ecwid", ecwid),
                _ => sdk,
            };
        }
    }

    private static ContactDraft DraftFor(IContactsClient client, string fullName, string email) => new()
    {
        Name = PersonName.FromFull(fullName),
        Channels = [new ContactChannel(ChannelKind.Email, email)],
        Tags = client.Capabilities.SupportsTags ? [Tag] : [],
    };
}
