using System.Text.Json;

namespace ContactsSdk.Vendors.AgentClara.Models;

/// <summary>The body of <c>POST /contacts</c>; unset members are not sent.</summary>
internal sealed record AgentClaraCreateContactRequest
{
    public required string Name { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public List<string>? Tags { get; init; }

    public Dictionary<string, JsonElement>? CustomFields { get; init; }
}
