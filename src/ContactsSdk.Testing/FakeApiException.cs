using System.Text.Json.Nodes;

namespace ContactsSdk.Testing;

/// <summary>
/// Stops a fake endpoint with an error answer: every fake turns it into its vendor's own error body and status, so a
/// handler added with <see cref="VendorFake.Override"/> fails the way the built-in endpoints do.
/// </summary>
/// <remarks>
/// The message and code reach the client in the error body; never put secrets in them. The exception never leaves the fake.
/// </remarks>
public sealed class FakeApiException : Exception
{
    /// <summary>Initializes an error with a status, a human message, a machine code and the offending field.</summary>
    /// <param name="statusCode">The status to answer, 400 to 599.</param>
    /// <param name="message">The human-readable message of the error body.</param>
    /// <param name="code">The vendor's machine-readable error code, such as <c>not_found</c> or <c>WRONG_PARAMETER</c>.</param>
    /// <param name="param">The request field at fault, where the vendor's body names one; otherwise <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusCode"/> is not 400 to 599.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> or <paramref name="code"/> is null or blank.</exception>
    public FakeApiException(int statusCode, string message, string code, string? param = null)
        : base(message)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        StatusCode = statusCode;
        Code = code;
        Param = param;
    }

    /// <summary>Gets the HTTP status code to answer.</summary>
    public int StatusCode { get; }

    /// <summary>Gets the machine-readable error code.</summary>
    public string Code { get; }

    /// <summary>Gets the request field at fault, if any.</summary>
    public string? Param { get; }

    /// <summary>Gets the vendor's structured error data (Wix <c>applicationError.data</c>), if any.</summary>
    internal JsonObject? ErrorData { get; init; }

    /// <summary>Gets the field violations (Wix <c>validationError.fieldViolations</c>), if any.</summary>
    internal IReadOnlyList<(string Field, string Description, string Rule)>? Violations { get; init; }
}
