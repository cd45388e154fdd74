namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>The read-only mirror of the primary email and phone.</summary>
internal sealed record WixPrimaryInfoWire(string? Email, string? Phone);
