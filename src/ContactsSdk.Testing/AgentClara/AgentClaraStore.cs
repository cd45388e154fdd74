namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Holds one sub-account's contacts and conversations.
/// </summary>
/// <remarks>Not thread-safe by itself: callers hold <see cref="Sync"/> for a whole request, so each answer sees one consistent state.</remarks>
internal sealed class AgentClaraStore
{
    private readonly Dictionary<string, AgentClaraContact> _contacts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgentClaraConversation> _conversations = new(StringComparer.Ordinal);

    /// <summary>Gets the lock that guards this store.</summary>
    public Lock Sync { get; } = new();

    /// <summary>Gets the live contacts.</summary>
    public IEnumerable<AgentClaraContact> Contacts => _contacts.Values;

    /// <summary>Gets every conversation, including those of deleted contacts.</summary>
    public IEnumerable<AgentClaraConversation> Conversations => _conversations.Values;

    /// <summary>Gets how many live contacts there are.</summary>
    public int ContactCount => _contacts.Count;

    /// <summary>Stores a new contact.</summary>
    public AgentClaraContact Add(AgentClaraContact contact)
    {
        _contacts.Add(contact.Id, contact);
        return contact;
    }

    /// <summary>Stores a new conversation.</summary>
    public AgentClaraConversation Add(AgentClaraConversation conversation)
    {
        _conversations.Add(conversation.Id, conversation);
        return conversation;
    }

    /// <summary>Finds a live contact, or returns <see langword="null"/>.</summary>
    public AgentClaraContact? FindContact(string id) => _contacts.GetValueOrDefault(id);

    /// <summary>Finds a conversation, or returns <see langword="null"/>.</summary>
    public AgentClaraConversation? FindConversation(string id) => _conversations.GetValueOrDefault(id);

    /// <summary>Deletes a contact but keeps its conversations; returns whether it existed.</summary>
    public bool RemoveContact(string id) => _contacts.Remove(id);

    /// <summary>Gets the conversations whose <c>customer_id</c> is <paramref name="contactId"/>.</summary>
    public IEnumerable<AgentClaraConversation> ConversationsOf(string contactId) =>
        _conversations.Values.Where(conversation => conversation.CustomerId == contactId);
}
