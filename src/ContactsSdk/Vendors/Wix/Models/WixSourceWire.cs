namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>Where a contact came from.</summary>
internal sealed record WixSourceWire(string? SourceType, string? AppId);
