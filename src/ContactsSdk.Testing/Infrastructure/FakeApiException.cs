namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Stops a fake handler with an error answer; the vendor API turns it into its own error body.
/// </summary>
internal sealed class FakeApiException : Exception
{
    /// <summary>Initializes an error with a status, a human message, a machine code and the offending field.</summary>
    public FakeApiException(int statusCode, string message, string code, string? param = null)
        : base(message)
    {
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
}
