using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>A customer contact on the wire (spec §3.4). <c>type</c> stays a string so a type newer than the SDK survives.</summary>
internal sealed record EcwidContactResource : IJsonOnDeserialized
{
    // Kept nullable for the mapper; the check below makes it present and positive on every answer read.
    [JsonRequired]
    public long? Id { get; init; }

    public string? Contact { get; init; }

    public string? Handle { get; init; }

    public string? Note { get; init; }

    public string? Type { get; init; }

    [JsonPropertyName("default")]
    public bool? IsDefault { get; init; }

    /// <summary>A number: the docs' table says boolean, which is a doc error (§3.4).</summary>
    public int? OrderBy { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Id(Id, "An Ecwid customer contact");
    }
}
