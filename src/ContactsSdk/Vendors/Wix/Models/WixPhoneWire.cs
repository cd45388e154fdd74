namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>One phone item; <c>e164Phone</c> is computed by Wix.</summary>
internal sealed record WixPhoneWire(string? Id, string? Tag, string? CountryCode, string? Phone, string? E164Phone, bool? Primary);
