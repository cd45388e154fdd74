namespace ContactsSdk.Vendors.Wix;

/// <summary>The operation names (from <see cref="Diagnostics.ContactsOperations"/>) of one kind of keyed schema item.</summary>
internal sealed record WixKeyedItemOperations(string Get, string List, string FindOrCreate, string Update, string Delete);
