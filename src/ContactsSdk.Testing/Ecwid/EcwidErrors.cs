using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Ecwid;

/// <summary>
/// Creates Ecwid's errors (spec §7). The not-found and duplicate-email codes are invented [INF]: Ecwid documents none.
/// </summary>
internal static class EcwidErrors
{
    public const string NotEmulatedCode = "NOT_EMULATED";

    public static FakeApiException WrongParameter(string message, string? param = null) => new(400, message, "WRONG_PARAMETER", param);

    public static FakeApiException CustomerNotFound(long id) => new(404, $"Customer #{id} not found", "CUSTOMER_NOT_FOUND");

    public static FakeApiException ContactNotFound(long id) => new(404, $"Customer contact #{id} not found", "CUSTOMER_CONTACT_NOT_FOUND");

    public static FakeApiException GroupNotFound(long id) => new(404, $"Customer group #{id} not found", "CUSTOMER_GROUP_NOT_FOUND");

    public static FakeApiException EmailExists() => new(409, "The customer with the given email already exists", "EMAIL_ALREADY_EXISTS");

    public static FakeApiException NotEmulated(string what) => new(501, $"EcwidFake does not emulate {what}", NotEmulatedCode);

    /// <summary>Gets the code Ecwid's table gives a status, for injected failures.</summary>
    public static string CodeFor(int statusCode) => statusCode switch
    {
        400 => "WRONG_PARAMETER",
        402 => "NOT_AVAILABLE_ON_CURRENT_PLAN",
        403 => "INVALID_API_TOKEN",
        404 => "NOT_FOUND",
        405 => "METHOD_NOT_ALLOWED",
        408 => "TIMEOUT",
        409 => "CONSTRAINT_VIOLATION",
        429 => "RATE_LIMITED",
        >= 500 => "INTERNAL_ERROR",
        _ => "ERROR",
    };

    /// <summary>Gets a human message for a status, used by injected failures.</summary>
    public static string MessageFor(int statusCode) => statusCode switch
    {
        429 => "Too many requests",
        >= 500 => "Internal server error",
        _ => $"Request failed with status {statusCode}",
    };
}
