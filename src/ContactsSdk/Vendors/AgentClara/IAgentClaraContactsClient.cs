using ContactsSdk.Paging;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>
/// Manages AgentClara contacts: the facade plus what only AgentClara has — a ranked search, and a contact's conversations
/// (<see cref="Conversations"/>).
/// </summary>
public interface IAgentClaraContactsClient : IContactsClient
{
    /// <summary>Gets the sub-client for a contact's conversations (<c>/contacts/{contactId}/conversations</c>).</summary>
    IAgentClaraConversationsClient Conversations { get; }

    /// <summary>
    /// Searches contacts by name or email, ranked: exact email matches first, then substring matches, newest first. Unlike
    /// <see cref="IContactsClient.ListAsync"/> with <see cref="ContactQuery.Search"/> (a filter over the whole listing),
    /// this asks AgentClara's search endpoint for its best <paramref name="limit"/> matches.
    /// </summary>
    /// <param name="query">The text to look for; required.</param>
    /// <param name="limit">The most contacts to return, 1–100.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>
    /// A lazy pageable of one page (AgentClara's search has no further pages), fetched on first iteration; a page size hint
    /// smaller than <paramref name="limit"/> asks for fewer. Like list items the contacts carry no custom fields
    /// (<see cref="Contact.CustomFieldsLoaded"/> is false).
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="query"/> is blank or <paramref name="limit"/> is out of range.</exception>
    Pageable<Contact> SearchAsync(string query, int limit = 10, CancellationToken cancellationToken = default);
}
