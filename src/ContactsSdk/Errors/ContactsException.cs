using ContactsSdk.Redaction;

namespace ContactsSdk.Errors;

/// <summary>
/// Represents a failed call to a contacts vendor. Subclasses name the common causes; <see cref="StatusCode"/>,
/// <see cref="VendorErrorCode"/> and <see cref="RawBody"/> keep what the vendor said.
/// </summary>
/// <remarks>Messages and bodies never contain API keys or tokens: they are redacted before the exception is built.</remarks>
public class ContactsException : Exception
{
    /// <summary>The most characters of the vendor's body that <see cref="RawBody"/> keeps (8 KiB).</summary>
    public const int MaxRawBodyLength = 8 * 1024;

    private ContactsVendor? _vendor;
    private string? _operation;
    private int? _statusCode;
    private string? _vendorErrorCode;
    private string? _requestId;
    private string? _rawBody;

    /// <summary>Initializes an exception with a generic message.</summary>
    public ContactsException()
        : this("A call to a contacts vendor failed.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public ContactsException(string message)
        : base(SecretRedactor.RedactKnownPatterns(message))
    {
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ContactsException(string message, Exception? innerException)
        : base(SecretRedactor.RedactKnownPatterns(message), innerException)
    {
    }

    /// <summary>Gets the vendor that failed the call.</summary>
    public ContactsVendor? Vendor { get => _vendor; init => _vendor = value; }

    /// <summary>
    /// Gets the operation that failed: the name of the public method called, without <c>Async</c> (one of
    /// <see cref="Diagnostics.ContactsOperations"/>, e.g. <c>Get</c>), the same name its span and metrics carry.
    /// </summary>
    public string? Operation { get => _operation; init => _operation = value; }

    /// <summary>Gets the HTTP status the vendor answered, or <see langword="null"/> when no response arrived.</summary>
    public int? StatusCode { get => _statusCode; init => _statusCode = value; }

    /// <summary>Gets the vendor's machine-readable error code, such as <c>not_found</c> or <c>CONTACT_ALREADY_CHANGED</c>.</summary>
    public string? VendorErrorCode { get => _vendorErrorCode; init => _vendorErrorCode = value; }

    /// <summary>Gets the vendor's request id, to quote to the vendor's support.</summary>
    public string? RequestId { get => _requestId; init => _requestId = value; }

    /// <summary>Gets the vendor's response body, capped at <see cref="MaxRawBodyLength"/> characters, with secrets redacted.</summary>
    public string? RawBody
    {
        get => _rawBody;
        init => _rawBody = SecretRedactor.RedactAndCap(value, MaxRawBodyLength);
    }

    /// <summary>Gets a value indicating whether the same call may succeed if tried again later.</summary>
    public bool IsTransient { get; init; }

    /// <summary>Names the public operation the failure ends; the one operation path calls it as the exception leaves.</summary>
    internal ContactsException Stamp(ContactsVendor vendor, string operation)
    {
        _vendor ??= vendor;
        _operation = operation;
        return this;
    }

    /// <summary>Fills in where the failure happened; the SDK's one place that maps failures calls it.</summary>
    internal ContactsException Attach(ContactsVendor vendor, string operation, int? statusCode, string? requestId, string? vendorErrorCode, string? redactedBody)
    {
        _vendor = vendor;
        _operation = operation;
        _statusCode = statusCode;
        _requestId = requestId;
        _vendorErrorCode = vendorErrorCode;
        _rawBody = SecretRedactor.RedactAndCap(redactedBody, MaxRawBodyLength);
        return this;
    }
}
