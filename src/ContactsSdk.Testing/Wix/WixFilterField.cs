using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.Wix;

/// <summary>One filterable field: the operators it accepts, how its values compare, and how to read them from a wire object.</summary>
internal sealed record WixFilterField(IReadOnlySet<string> Operators, WixValueKind Kind, Func<JsonObject, IReadOnlyList<JsonNode?>> Values)
{
    public static WixFilterField Of(string operators, WixValueKind kind, Func<JsonObject, IReadOnlyList<JsonNode?>> values)
        => new(operators.Split(' ').ToHashSet(StringComparer.Ordinal), kind, values);
}
