namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>One email item.</summary>
internal sealed record WixEmailWire(string? Id, string? Tag, string? Email, bool? Primary);
