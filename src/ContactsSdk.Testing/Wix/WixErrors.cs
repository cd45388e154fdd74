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

    public static WixFakeError Invalid(string field, string description, string rule = "INVALID_ARGUMENT")
        => new(400, "INVALID_ARGUMENT", $"{field}: {description}") { Violations = [(field, description, rule)] };

    public static WixFakeError App(int status, string code, string message, JsonObject? data = null) => new(status, code, message, data);

    public static WixFakeError ContactNotFound(string id) => App(404, "CONTACT_NOT_FOUND", $"Contact {id} not found");

    public static WixFakeError Filter(string code, string message) => App(400, code, message);

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
