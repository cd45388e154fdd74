using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>An extended-field definition on the wire (spec §6).</summary>
internal sealed record WixFieldResource(
    [property: JsonRequired] string Key, string? DisplayName, string? Namespace, string? DataType, string? FieldType, string? Description,
    DateTimeOffset? CreatedDate, DateTimeOffset? UpdatedDate) : IJsonOnDeserialized
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Id(Key, "A Wix extended field");
    }
}
