namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// What the fake's AgentClara refuses where the published pages say nothing (the write rules are [PROP], spec §2.3).
/// Each choice is one constant, so it is easy to change once the vendor's real limits are known.
/// </summary>
internal static class AgentClaraFakeLimits
{
    /// <summary>The longest contact or customer name, in UTF-16 code units (a common database column size).</summary>
    public const int MaxNameLength = 255;

    /// <summary>
    /// The most tags one contact or conversation may carry. AgentClara publishes no limit; 500 keeps a runaway client
    /// from growing a contact without end while leaving room for real use (several writers adding 200 tags to one
    /// contact, the scale-out proof of issue 18).
    /// </summary>
    public const int MaxTags = 500;

    /// <summary>The longest tag.</summary>
    public const int MaxTagLength = 100;

    /// <summary>
    /// Whether a body field the contract does not name is refused (400 with <c>param</c>) rather than ignored. The proposed
    /// contract ignored them; the fake refuses them, so a client that drifts from the wire contract (a misspelt
    /// <c>custom_field</c>, say) fails in tests instead of losing data silently in production.
    /// </summary>
    public const bool RejectUnknownBodyFields = true;

    /// <summary>
    /// The only body media type accepted (any parameters such as <c>charset</c> allowed); anything else answers 400
    /// <c>invalid_request</c>, the status AgentClara documents for invalid requests (it lists no 415).
    /// </summary>
    public const string BodyMediaType = "application/json";
}
