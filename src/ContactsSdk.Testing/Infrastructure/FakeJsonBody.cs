using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Parses request bodies the same way in every fake: strict JSON, and a name given twice in one object is malformed, not
/// "the last one wins" — a vendor that meets <c>{"name":"a","name":"b"}</c> answers 400, never 500 or a silent pick.
/// </summary>
internal static class FakeJsonBody
{
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    /// <summary>Parses a body; malformed JSON, including a repeated property name, throws <see cref="JsonException"/>.</summary>
    public static JsonNode? Parse(string body) => JsonNode.Parse(body, documentOptions: Options);
}
