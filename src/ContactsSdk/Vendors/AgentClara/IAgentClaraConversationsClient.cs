using ContactsSdk.Paging;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>
/// Reads the conversations AgentClara's receptionist had with a contact. Reached through
/// <see cref="IAgentClaraContactsClient.Conversations"/>.
/// </summary>
public interface IAgentClaraConversationsClient
{
    /// <summary>Lists a contact's conversations lazily, newest first.</summary>
    /// <param name="contactId">The contact id (<c>cust_…</c>), as everywhere on the facade.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>A pageable over the conversations; a deleted or unknown contact fails with <see cref="Errors.ContactNotFoundException"/> on the first page.</returns>
    /// <exception cref="ArgumentException"><paramref name="contactId"/> is not an AgentClara contact id.</exception>
    Pageable<AgentClaraConversation> ListAsync(string contactId, CancellationToken cancellationToken = default);
}
