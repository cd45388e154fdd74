using System.Text.Json.Serialization;

namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>The body of a contact create (contact and type required) or partial update; unset members are not sent.</summary>
internal sealed record EcwidContactRequest
{
    public string? Contact { get; init; }

    public string? Handle { get; init; }

    public string? Note { get; init; }

    public string? Type { get; init; }

    [JsonPropertyName("default")]
    public bool? IsDefault { get; init; }

    public int? OrderBy { get; init; }
}
