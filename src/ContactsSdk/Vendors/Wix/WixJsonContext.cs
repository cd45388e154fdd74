using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Vendors.Wix;

/// <summary>Source-generated JSON metadata for Wix's camelCase wire format.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(WixContactEnvelope))]
[JsonSerializable(typeof(WixContactResource))]
[JsonSerializable(typeof(WixContactsPage))]
[JsonSerializable(typeof(WixRawContactsPage))]
[JsonSerializable(typeof(WixLabelEnvelope))]
[JsonSerializable(typeof(WixLabelsPage))]
[JsonSerializable(typeof(WixFieldEnvelope))]
[JsonSerializable(typeof(WixFieldsPage))]
[JsonSerializable(typeof(WixJobResponse))]
[JsonSerializable(typeof(WixErrorBody))]
[JsonSerializable(typeof(WixAddressWire))]
[JsonSerializable(typeof(WixTokenRequest))]
[JsonSerializable(typeof(WixTokenResponse))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class WixJsonContext : JsonSerializerContext;
