namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A contact's name.</summary>
internal sealed record WixNameWire(string? First, string? Last);
