using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Holds one stored contact; mutated only under its store's lock.
/// </summary>
internal sealed class AgentClaraContact
{
    /// <summary>Gets the <c>cust_</c> identifier.</summary>
    public required string Id { get; init; }

    /// <summary>Gets or sets the trimmed, non-blank name.</summary>
    public required string Name { get; set; }

    /// <summary>Gets or sets the email address, if any.</summary>
    public string? Email { get; set; }

    /// <summary>Gets or sets the E.164 phone number, if any.</summary>
    public string? Phone { get; set; }

    /// <summary>Gets or sets the de-duplicated tags, in the order given.</summary>
    public IReadOnlyList<string> Tags { get; set; } = [];

    /// <summary>Gets or sets the flat custom fields; values are never JSON null (null removes a key).</summary>
    public IReadOnlyDictionary<string, JsonNode> CustomFields { get; set; } = new Dictionary<string, JsonNode>();

    /// <summary>Gets the creation time.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets or sets the time of the last change.</summary>
    public required DateTimeOffset UpdatedAt { get; set; }
}
