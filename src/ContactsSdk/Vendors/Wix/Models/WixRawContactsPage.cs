using System.Text.Json;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A page of contacts kept as JSON, for callers who asked for the raw payload.</summary>
internal sealed record WixRawContactsPage(List<JsonElement>? Contacts, WixPagingMetadata? PagingMetadata);
