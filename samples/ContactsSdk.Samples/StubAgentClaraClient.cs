using ContactsSdk.Errors;
using ContactsSdk.Paging;
using ContactsSdk.Vendors.AgentClara;

namespace ContactsSdk.Samples;

// A hand-written test double of the concrete client; shown in docs/testing.md.
#region mock-concrete-client
internal sealed class StubAgentClaraClient(params Contact[] contacts) : AgentClaraContactsClient
{
    public override Task<Contact> GetAsync(string contactId, CancellationToken cancellationToken = default)
        => contacts.FirstOrDefault(contact => contact.Id == contactId) is { } found
            ? Task.FromResult(found)
            : Task.FromException<Contact>(new ContactNotFoundException($"No contact {contactId}.") { Vendor = ContactsVendor.AgentClara });

    public override Pageable<Contact> ListAsync(ContactQuery? query = null, CancellationToken cancellationToken = default)
        => Pageable.FromPages([new Page<Contact>(contacts, ContinuationToken: null)]);
}
#endregion
