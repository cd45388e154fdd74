using System.Text.Json.Serialization;
using System.Text.Json;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.AgentClara.Models;

/// <summary>A contact on the wire. List items omit <c>custom_fields</c> and <c>conversation_count</c>.</summary>
internal sealed record AgentClaraContactResource : IJsonOnDeserialized
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public List<string>? Tags { get; init; }

    public Dictionary<string, JsonElement>? CustomFields { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public int? ConversationCount { get; init; }

    public DateTimeOffset? LastConversation { get; init; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Id(Id, "An AgentClara contact");
        WireChecks.Items(Tags, "tags");
    }
}
