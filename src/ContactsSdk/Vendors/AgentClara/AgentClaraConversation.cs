namespace ContactsSdk.Vendors.AgentClara;

/// <summary>Represents one AgentClara conversation with a contact (SMS, email, voice, social).</summary>
public sealed record AgentClaraConversation
{
    /// <summary>Gets the conversation id (<c>conv_…</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the contact the conversation is with (<c>cust_…</c>).</summary>
    public string? ContactId { get; init; }

    /// <summary>Gets the channel: <c>sms</c>, <c>email</c>, <c>instagram</c>, <c>facebook</c>, <c>whatsapp</c> or <c>voice</c>.</summary>
    public string? Channel { get; init; }

    /// <summary>Gets the status: <c>open</c>, <c>closed</c> or <c>resolved</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Gets the subject, where there is one.</summary>
    public string? Subject { get; init; }

    /// <summary>Gets the text of the last message.</summary>
    public string? LastMessage { get; init; }

    /// <summary>Gets when the last message arrived.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Gets a value indicating whether the contact's last message is unread.</summary>
    public bool Unread { get; init; }

    /// <summary>Gets the conversation's tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Returns the id, channel and status only: message text is personal data.</summary>
    /// <returns>A description without personal data.</returns>
    public override string ToString() => $"AgentClaraConversation {{ Id = {Id}, Channel = {Channel}, Status = {Status} }}";
}
