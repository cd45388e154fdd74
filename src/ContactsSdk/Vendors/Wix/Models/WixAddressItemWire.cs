namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>One address item.</summary>
internal sealed record WixAddressItemWire(string? Id, string? Tag, WixAddressWire? Address);
