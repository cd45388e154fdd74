namespace ContactsSdk.Vendors.Wix.Models;

/// <summary><c>{"field": …, "newField": bool}</c>.</summary>
internal sealed record WixFieldEnvelope(WixFieldResource? Field, bool? NewField);
