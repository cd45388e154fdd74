using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.Wix;

/// <summary>A failure the Wix fake answers with Wix's error body (spec §8).</summary>
internal sealed class WixFakeError : Exception
{
    public WixFakeError(int statusCode, string code, string message, JsonObject? data = null)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
        Data2 = data;
    }

    public int StatusCode { get; }

    public string Code { get; }

    /// <summary>Gets the <c>applicationError.data</c> object, if any.</summary>
    public JsonObject? Data2 { get; }

    /// <summary>Gets the field violations; set for validation errors, which carry no application code.</summary>
    public IReadOnlyList<(string Field, string Description, string Rule)>? Violations { get; init; }

    /// <summary>Writes <c>{"message", "details": {"applicationError"|"validationError": …}}</c>.</summary>
    public string ToBody()
    {
        var details = new JsonObject();
        if (Violations is { } violations)
        {
            details["validationError"] = new JsonObject
            {
                ["fieldViolations"] = new JsonArray([.. violations.Select(v => (JsonNode?)new JsonObject
                {
                    ["field"] = v.Field,
                    ["description"] = v.Description,
                    ["violatedRule"] = v.Rule,
                    ["ruleName"] = v.Rule,
                })]),
            };
        }
        else if (StatusCode < 500)
        {
            var error = new JsonObject { ["code"] = Code, ["description"] = Message };
            if (Data2 is not null)
            {
                error["data"] = Data2.DeepClone();
            }

            details["applicationError"] = error;
        }

        return new JsonObject { ["message"] = Message, ["details"] = details }.ToJsonString();
    }
}
