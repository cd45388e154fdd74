using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Creates the errors of the proposed contract (§2.2), so every handler uses the same codes and wording.
/// </summary>
internal static class AgentClaraErrors
{
    /// <summary>Creates a 400 <c>invalid_request</c>.</summary>
    public static FakeApiException Invalid(string message, string? param = null) =>
        new(400, message, "invalid_request", param);

    /// <summary>Creates a 404 <c>not_found</c> for a contact.</summary>
    public static FakeApiException ContactNotFound() => new(404, "Contact not found", "not_found");

    /// <summary>Creates a 404 <c>not_found</c> for a conversation.</summary>
    public static FakeApiException ConversationNotFound() => new(404, "Conversation not found", "not_found");

    /// <summary>Gets the machine code the contract uses for a status.</summary>
    public static string CodeFor(int statusCode) => statusCode switch
    {
        400 => "invalid_request",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not_found",
        429 => "rate_limited",
        >= 500 => "server_error",
        _ => "error",
    };

    /// <summary>Gets a human message for a status, used by injected failures.</summary>
    public static string MessageFor(int statusCode) => statusCode switch
    {
        400 => "Missing or invalid parameters",
        401 => "Invalid API key",
        403 => "Insufficient permissions",
        404 => "Resource not found",
        429 => "Rate limit exceeded",
        500 => "Internal server error",
        502 => "Bad gateway",
        503 => "Service unavailable",
        504 => "Gateway timeout",
        _ => $"Request failed with status {statusCode}",
    };
}
