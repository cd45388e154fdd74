using System.Text.Json.Serialization;
using ContactsSdk.Sync;

namespace ContactsSdk.Cli;

/// <summary>The tool's JSON output, source-generated: camelCase, nulls left out, one object per line for listings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ContactRow))]
[JsonSerializable(typeof(ContactsSyncResult))]
[JsonSerializable(typeof(ImportSummary))]
[JsonSerializable(typeof(ChangeRow))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
