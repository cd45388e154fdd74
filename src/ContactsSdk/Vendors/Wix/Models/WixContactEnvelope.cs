using System.Text.Json.Serialization;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary><c>{"contact": …, "responseType": "REGULAR"|"MERGED"}</c>.</summary>
internal sealed record WixContactEnvelope([property: JsonRequired] WixContactResource Contact, string? ResponseType);
