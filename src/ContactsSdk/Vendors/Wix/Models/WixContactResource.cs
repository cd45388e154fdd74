using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A contact on the wire (spec §3), with the wire names (<c>id</c>, <c>createdDate</c>), not the JS SDK's.</summary>
internal sealed record WixContactResource : IJsonOnDeserialized
{
    public required string Id { get; init; }

    public int? Revision { get; init; }

    public WixSourceWire? Source { get; init; }

    public DateTimeOffset? CreatedDate { get; init; }

    public DateTimeOffset? UpdatedDate { get; init; }

    public WixPrimaryInfoWire? PrimaryInfo { get; init; }

    public WixContactInfoWire? Info { get; init; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Id(Id, "A Wix contact");
    }
}
