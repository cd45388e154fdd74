using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ContactsSdk.Vendors.AgentClara.Models;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>Source-generated JSON metadata for AgentClara's snake_case wire format.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(AgentClaraEnvelope<AgentClaraContactResource>))]
[JsonSerializable(typeof(AgentClaraEnvelope<List<AgentClaraContactResource>>))]
[JsonSerializable(typeof(AgentClaraEnvelope<List<JsonElement>>))]
[JsonSerializable(typeof(AgentClaraEnvelope<List<AgentClaraConversationResource>>))]
[JsonSerializable(typeof(AgentClaraCreateContactRequest))]
[JsonSerializable(typeof(AgentClaraErrorBody))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class AgentClaraJsonContext : JsonSerializerContext;
