using ContactsSdk.Paging;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>Manages AgentClara contacts: the facade plus what only AgentClara has (search, a contact's conversations).</summary>
public interface IAgentClaraContactsClient : IContactsClient
{
    /// <summary>Searches contacts by name or email: exact email matches first, then substring matches, newest first.</summary>
    /// <param name="query">The text to look for; required.</param>
    /// <param name="limit">The most contacts to return, 1–100.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>
    /// The matching contacts; AgentClara's search has no further pages. Like list items they carry no custom fields
    /// (<see cref="Contact.CustomFieldsLoaded"/> is false).
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="query"/> is blank or <paramref name="limit"/> is out of range.</exception>
    /// <exception cref="Errors.ContactsException">The vendor failed the call.</exception>
    Task<IReadOnlyList<Contact>> SearchAsync(string query, int limit = 10, CancellationToken cancellationToken = default);

    /// <summary>Lists a contact's conversations lazily, newest first.</summary>
    /// <param name="contactId">The contact id (<c>cust_…</c>).</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>A pageable over the conversations; a deleted or unknown contact fails with <see cref="Errors.ContactNotFoundException"/> on the first page.</returns>
    /// <exception cref="ArgumentException"><paramref name="contactId"/> is not an AgentClara contact id.</exception>
    Pageable<AgentClaraConversation> ListConversationsAsync(string contactId, CancellationToken cancellationToken = default);
}
