namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Holds one stored conversation; mutated only under its store's lock.
/// </summary>
internal sealed class AgentClaraConversation
{
    /// <summary>Gets the <c>conv_</c> identifier.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the contact this conversation belongs to.</summary>
    public required string CustomerId { get; init; }

    /// <summary>Gets or sets the customer's display name, copied from the contact when the conversation starts.</summary>
    public string? CustomerName { get; set; }

    /// <summary>Gets the customer's email, copied when the conversation starts.</summary>
    public string? CustomerEmail { get; init; }

    /// <summary>Gets the customer's phone, copied when the conversation starts.</summary>
    public string? CustomerPhone { get; init; }

    /// <summary>Gets the channel (<c>sms</c>, <c>email</c>, ...).</summary>
    public required string Channel { get; init; }

    /// <summary>Gets the subject, if any.</summary>
    public string? Subject { get; init; }

    /// <summary>Gets or sets the status: <c>open</c>, <c>closed</c> or <c>resolved</c>.</summary>
    public required string Status { get; set; }

    /// <summary>Gets or sets the tags.</summary>
    public IReadOnlyList<string> Tags { get; set; } = [];

    /// <summary>Gets or sets whether a customer message is waiting.</summary>
    public bool Unread { get; set; }

    /// <summary>Gets or sets the text of the latest message, if any.</summary>
    public string? LastMessage { get; set; }

    /// <summary>Gets or sets the time of the latest activity.</summary>
    public required DateTimeOffset Timestamp { get; set; }

    /// <summary>Gets the messages, oldest first.</summary>
    public List<AgentClaraMessage> Messages { get; } = [];
}
