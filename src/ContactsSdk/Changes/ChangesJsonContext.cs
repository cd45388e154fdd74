using System.Text.Json.Serialization;

namespace ContactsSdk.Changes;

/// <summary>Source-generated JSON metadata for change-feed checkpoints.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ChangeFeedCheckpointState))]
internal sealed partial class ChangesJsonContext : JsonSerializerContext;
