using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A page of labels; List says <c>metadata</c>, Query <c>pagingMetadata</c>, so both are read.</summary>
internal sealed record WixLabelsPage(List<WixLabelResource>? Labels, WixPagingMetadata? PagingMetadata, WixPagingMetadata? Metadata) : IJsonOnDeserialized
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Items(Labels, "labels");
    }
}
