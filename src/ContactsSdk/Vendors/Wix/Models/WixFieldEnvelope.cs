using System.Text.Json.Serialization;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary><c>{"field": …, "newField": bool}</c>.</summary>
internal sealed record WixFieldEnvelope([property: JsonRequired] WixFieldResource Field, bool? NewField);
