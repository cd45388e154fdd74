using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.AgentClara.Models;

/// <summary>A conversation list item on the wire.</summary>
internal sealed record AgentClaraConversationResource : IJsonOnDeserialized
{
    public required string Id { get; init; }

    public string? CustomerId { get; init; }

    public string? CustomerName { get; init; }

    public string? CustomerEmail { get; init; }

    public string? CustomerPhone { get; init; }

    public string? Channel { get; init; }

    public string? Subject { get; init; }

    public string? LastMessage { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public string? Status { get; init; }

    public bool? Unread { get; init; }

    public List<string>? Tags { get; init; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Id(Id, "An AgentClara conversation");
        WireChecks.Items(Tags, "tags");
    }
}
