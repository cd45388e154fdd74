using Microsoft.Extensions.DependencyInjection;

namespace ContactsSdk.Samples;

// Uses the facade through a keyed service; shown in README.md.
#region use-the-facade
internal sealed class Greeter([FromKeyedServices("clara")] IContactsClient contacts)
{
    public async Task<Contact> WelcomeAsync(string name, string email, CancellationToken cancellationToken)
    {
        var contact = await contacts.CreateAsync(
            new ContactDraft
            {
                Name = PersonName.FromFull(name),
                Channels = [new ContactChannel(ChannelKind.Email, email)],
                Tags = ["newsletter"],
            },
            cancellationToken);

        await foreach (var subscriber in contacts.ListAsync(new ContactQuery { Tag = "newsletter", MaxItems = 10 }, cancellationToken))
        {
            Console.WriteLine($"{subscriber.Name.Full} <{subscriber.PrimaryEmail}>");
        }

        return contact;
    }
}
#endregion
