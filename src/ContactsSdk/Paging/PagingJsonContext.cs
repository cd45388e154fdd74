using System.Text.Json.Serialization;

namespace ContactsSdk.Paging;

/// <summary>Source-generated JSON metadata for continuation tokens.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ContinuationToken))]
internal sealed partial class PagingJsonContext : JsonSerializerContext;
