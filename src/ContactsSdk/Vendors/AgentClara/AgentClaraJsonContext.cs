using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ContactsSdk.Vendors.AgentClara.Models;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>Source-generated JSON metadata for AgentClara's snake_case wire format.</summary>
// Strict reading: a duplicated key (which would let the last "id" win) or a null where a model says non-null makes the
// answer unreadable, a ContactsException, instead of a quietly wrong contact. Models add their own checks (WireChecks).
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(AgentClaraEnvelope<AgentClaraContactResource>))]
[JsonSerializable(typeof(AgentClaraEnvelope<List<AgentClaraContactResource>>))]
[JsonSerializable(typeof(AgentClaraEnvelope<List<JsonElement>>))]
[JsonSerializable(typeof(AgentClaraEnvelope<List<AgentClaraConversationResource>>))]
[JsonSerializable(typeof(AgentClaraCreateContactRequest))]
[JsonSerializable(typeof(AgentClaraErrorBody))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class AgentClaraJsonContext : JsonSerializerContext;
