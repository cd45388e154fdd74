namespace ContactsSdk.Vendors.Wix.Models;

/// <summary><c>{"contact": …, "responseType": "REGULAR"|"MERGED"}</c>.</summary>
internal sealed record WixContactEnvelope(WixContactResource? Contact, string? ResponseType);
