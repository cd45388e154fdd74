using System.Text.Json;
using System.Text.Json.Serialization;
using ContactsSdk.Vendors.Ecwid.Models;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>Source-generated JSON metadata for Ecwid's camelCase wire format with its own date format.</summary>
// Strict reading: a duplicated key (which would let the last "id" win) or a null where a model says non-null makes the
// answer unreadable, a ContactsException, instead of a quietly wrong contact. Models add their own checks (WireChecks).
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    Converters = [typeof(EcwidDateTimeConverter)])]
[JsonSerializable(typeof(EcwidCustomerResource))]
[JsonSerializable(typeof(EcwidSearchResult<JsonElement>))]
[JsonSerializable(typeof(EcwidSearchResult<EcwidCustomerResource>))]
[JsonSerializable(typeof(EcwidSearchResult<EcwidContactResource>))]
[JsonSerializable(typeof(EcwidSearchResult<EcwidGroupResource>))]
[JsonSerializable(typeof(EcwidSearchResult<EcwidDeletedResource>))]
[JsonSerializable(typeof(EcwidContactResource))]
[JsonSerializable(typeof(EcwidContactRequest))]
[JsonSerializable(typeof(EcwidCustomerCreateRequest))]
[JsonSerializable(typeof(EcwidCustomerUpdateRequest))]
[JsonSerializable(typeof(EcwidGroupResource))]
[JsonSerializable(typeof(EcwidGroupRequest))]
[JsonSerializable(typeof(EcwidMutationResult))]
[JsonSerializable(typeof(EcwidErrorBody))]
internal sealed partial class EcwidJsonContext : JsonSerializerContext;
