using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>Ecwid's search envelope (spec §2); the contact search fills only <see cref="Items"/>.</summary>
internal sealed record EcwidSearchResult<T>(int? Total, int? Count, int? Offset, int? Limit, [property: JsonRequired] List<T> Items) : IJsonOnDeserialized
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Present(Items, "items");
        WireChecks.Items(Items, "items");
    }
}
