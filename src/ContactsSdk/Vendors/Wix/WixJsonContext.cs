using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Vendors.Wix;

/// <summary>Source-generated JSON metadata for Wix's camelCase wire format.</summary>
// Strict reading: a duplicated key (which would let the last "id" win) or a null where a model says non-null makes the
// answer unreadable, a ContactsException, instead of a quietly wrong contact. Models add their own checks (WireChecks).
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(WixContactEnvelope))]
[JsonSerializable(typeof(WixContactResource))]
[JsonSerializable(typeof(WixContactsPage))]
[JsonSerializable(typeof(WixRawContactsPage))]
[JsonSerializable(typeof(WixLabelEnvelope))]
[JsonSerializable(typeof(WixLabelsPage))]
[JsonSerializable(typeof(WixFieldEnvelope))]
[JsonSerializable(typeof(WixFieldsPage))]
[JsonSerializable(typeof(WixJobResponse))]
[JsonSerializable(typeof(WixBulkJobEnvelope))]
[JsonSerializable(typeof(WixErrorBody))]
[JsonSerializable(typeof(WixAddressWire))]
[JsonSerializable(typeof(WixTokenRequest))]
[JsonSerializable(typeof(WixTokenResponse))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class WixJsonContext : JsonSerializerContext;
