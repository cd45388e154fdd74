using System.Text.Json.Serialization;
using System.Text.Json;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A page of contacts kept as JSON, for callers who asked for the raw payload.</summary>
internal sealed record WixRawContactsPage(List<JsonElement>? Contacts, WixPagingMetadata? PagingMetadata) : IJsonOnDeserialized
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Items(Contacts, "contacts");
    }
}
