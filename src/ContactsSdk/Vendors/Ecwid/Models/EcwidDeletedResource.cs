using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>One entry of the deleted-customers history: <c>{id, date}</c>.</summary>
internal sealed record EcwidDeletedResource([property: JsonRequired] long Id, DateTimeOffset? Date) : IJsonOnDeserialized
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Id(Id, "A deleted Ecwid customer");
    }
}
