using System.Globalization;
using ContactsSdk.Testing;

namespace ContactsSdk.Tests.Sync;

/// <summary>Seed data for the sync tests: numbered people with an email and an E.164 phone.</summary>
public static class SyncContacts
{
    public static ContactDraft Draft(string name, string email) => new()
    {
        Name = PersonName.FromFull(name),
        Channels = [new ContactChannel(ChannelKind.Email, email)],
    };

    public static List<string> SeedPeople(VendorFake fake, int count)
        => [.. Enumerable.Range(0, count).Select(i => fake.Seed(new ContactDraft
        {
            Name = PersonName.FromFull(string.Create(CultureInfo.InvariantCulture, $"Person {i}")),
            Channels =
            [
                new ContactChannel(ChannelKind.Email, string.Create(CultureInfo.InvariantCulture, $"person{i}@example.com")),
                new ContactChannel(ChannelKind.Phone, string.Create(CultureInfo.InvariantCulture, $"+1555010{i:0000}")),
            ],
        }))];
}
