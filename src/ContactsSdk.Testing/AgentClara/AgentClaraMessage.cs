namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Holds one message of a conversation.
/// </summary>
/// <param name="Id">The <c>msg_</c> identifier.</param>
/// <param name="Sender"><c>customer</c> or <c>assistant</c>.</param>
/// <param name="Content">The message text.</param>
/// <param name="Timestamp">When the message was sent.</param>
internal sealed record AgentClaraMessage(string Id, string Sender, string Content, DateTimeOffset Timestamp);
