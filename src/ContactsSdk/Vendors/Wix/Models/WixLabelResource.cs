using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A label on the wire (spec §5).</summary>
internal sealed record WixLabelResource(
    [property: JsonRequired] string Key, string? DisplayName, string? Namespace, string? LabelType, DateTimeOffset? CreatedDate, DateTimeOffset? UpdatedDate) : IJsonOnDeserialized
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Id(Key, "A Wix label");
    }
}
