using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.Wix;

/// <summary>
/// The errors the Wix fake answers. Codes come from the SDK typings (spec §8); statuses marked UNCONFIRMED in the spec
/// are the fake's choices, each made once here.
/// </summary>
internal static class WixErrors
{
    /// <summary>UNCONFIRMED (§10.2): the status of delete/merge precondition failures; 428 FAILED_PRECONDITION is likely.</summary>
    public const int PreconditionStatus = 428;

    /// <summary>UNCONFIRMED (§5, §6): the status of the label and field quota errors; 400 keeps them out of retry paths.</summary>
    public const int QuotaStatus = 400;

    /// <summary>UNCONFIRMED (§4.6, §10.6): the code for a label key that does not exist.</summary>
    public const string UnknownLabelCode = "LABEL_NOT_FOUND";

    /// <summary>UNCONFIRMED (§10.6): the code for deleting or renaming a SYSTEM label.</summary>
    public const string SystemLabelCode = "CANNOT_MODIFY_SYSTEM_LABEL";

    /// <summary>UNCONFIRMED: the code for a field key that does not exist.</summary>
    public const string UnknownFieldCode = "EXTENDED_FIELD_NOT_FOUND";

    public static FakeApiException Invalid(string field, string description, string rule = "INVALID_ARGUMENT")
        => new(400, $"{field}: {description}", "INVALID_ARGUMENT") { Violations = [(field, description, rule)] };

    public static FakeApiException App(int status, string code, string message, JsonObject? data = null)
        => new(status, message, code) { ErrorData = data };

    public static FakeApiException ContactNotFound(string id) => App(404, "CONTACT_NOT_FOUND", $"Contact {id} not found");

    public static FakeApiException Filter(string code, string message) => App(400, code, message);

    /// <summary>Writes Wix's error body: <c>{"message", "details": {"applicationError"|"validationError": …}}</c> (spec §8).</summary>
    public static string Body(FakeApiException error)
    {
        var details = new JsonObject();
        if (error.Violations is { } violations)
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
        else if (error.StatusCode < 500)
        {
            var application = new JsonObject { ["code"] = error.Code, ["description"] = error.Message };
            if (error.ErrorData is not null)
            {
                application["data"] = error.ErrorData.DeepClone();
            }

            details["applicationError"] = application;
        }

        return new JsonObject { ["message"] = error.Message, ["details"] = details }.ToJsonString();
    }

    public static string CodeFor(int status) => status switch
    {
        400 => "INVALID_ARGUMENT",
        401 => "UNAUTHENTICATED",
        403 => "PERMISSION_DENIED",
        404 => "NOT_FOUND",
        409 => "ALREADY_EXISTS",
        428 => "FAILED_PRECONDITION",
        429 => "RESOURCE_EXHAUSTED",
        503 => "UNAVAILABLE",
        504 => "DEADLINE_EXCEEDED",
        >= 500 => "INTERNAL",
        _ => "UNKNOWN",
    };
}
