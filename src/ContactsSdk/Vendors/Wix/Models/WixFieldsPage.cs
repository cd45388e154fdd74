using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A page of extended fields; List says <c>metadata</c>, Query <c>pagingMetadata</c>.</summary>
internal sealed record WixFieldsPage(List<WixFieldResource>? Fields, WixPagingMetadata? PagingMetadata, WixPagingMetadata? Metadata) : IJsonOnDeserialized
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Items(Fields, "fields");
    }
}
