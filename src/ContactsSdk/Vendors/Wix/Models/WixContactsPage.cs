namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A page of contacts from List or Query.</summary>
internal sealed record WixContactsPage(List<WixContactResource>? Contacts, WixPagingMetadata? PagingMetadata);
