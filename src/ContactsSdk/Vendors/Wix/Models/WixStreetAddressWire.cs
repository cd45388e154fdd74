namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A structured street address.</summary>
internal sealed record WixStreetAddressWire(string? Number, string? Name);
