using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A page of contacts from List or Query.</summary>
internal sealed record WixContactsPage(List<WixContactResource>? Contacts, WixPagingMetadata? PagingMetadata) : IJsonOnDeserialized
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Items(Contacts, "contacts");
    }
}
