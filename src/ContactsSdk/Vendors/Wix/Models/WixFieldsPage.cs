namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A page of extended fields; List says <c>metadata</c>, Query <c>pagingMetadata</c>.</summary>
internal sealed record WixFieldsPage(List<WixFieldResource>? Fields, WixPagingMetadata? PagingMetadata, WixPagingMetadata? Metadata);
