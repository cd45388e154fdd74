using ContactsSdk.Errors;

namespace ContactsSdk.Internal;

/// <summary>Maps a vendor's failed answer to the one exception family, the same way for every vendor.</summary>
internal sealed class ContactsExceptionFactory(ContactsVendor vendor, IVendorErrorParser parser, Func<string, string> redact)
{
    public IVendorErrorParser Parser => parser;

    public ContactsException FromResponse(string operation, FailedResponse response)
    {
        var error = parser.Parse(response.StatusCode, response.Body);
        var message = redact(Describe(operation, response, error));
        return Create(response.StatusCode, error, message, response.RetryAfter)
            .Attach(vendor, operation, response, error.Code, RedactBody(response.Body));
    }

    public ContactsException Unreadable(string operation, FailedResponse response, Exception cause)
        => new ContactsException($"{vendor} {operation} answered {response.StatusCode} with a body the SDK could not read.", SafeCause(cause))
            .Attach(vendor, operation, response, null, RedactBody(response.Body));

    public ContactsException Refused(string operation, ResponseRefusedException cause)
        => new ContactsException($"{vendor} {operation} answered {cause.StatusCode}, and the SDK refused the answer: {cause.Message}", cause)
            .Attach(vendor, operation, new FailedResponse(cause.StatusCode, null, null, null), null, null);

    public ContactsException Unavailable(string operation, Exception cause)
        => new ContactsUnavailableException($"{vendor} {operation} failed before a response arrived: {redact(cause.Message)}", SafeCause(cause))
            .Attach(vendor, operation, null, null, null);

    public ContactsException QuotaExhausted(string operation, Polly.RateLimiting.RateLimiterRejectedException cause)
        => new ContactsRateLimitedException(
            $"{vendor} {operation} was not sent: the client-side quota would make it wait longer than Resilience.MaxQuotaWait.", SafeCause(cause))
        {
            RetryAfter = cause.RetryAfter,
        }.Attach(vendor, operation, null, "client_quota", null);

    public ContactsException TimedOut(string operation, Exception cause)
        => new ContactsTimeoutException($"{vendor} {operation} timed out.", SafeCause(cause))
            .Attach(vendor, operation, null, null, null);

    private static ContactsException Create(int status, VendorError error, string message, TimeSpan? retryAfter)
        => (status, error) switch
        {
            (_, { IsConflict: true }) or (409, _) => new ContactConflictException(message) { DuplicateContactId = error.DuplicateContactId },
            (400 or 422, _) => new ContactValidationException(message) { Violations = error.Violations },
            (401 or 403, _) => new ContactsAuthenticationException(message),
            (404, _) => new ContactNotFoundException(message),
            (408, _) => new ContactsTimeoutException(message),
            (429, _) => new ContactsRateLimitedException(message) { RetryAfter = retryAfter },
            (>= 500, _) => new ContactsUnavailableException(message),
            _ => new ContactsException(message),
        };

    private Exception SafeCause(Exception cause) => RedactedCauseException.Sanitize(cause, redact);

    private string? RedactBody(string? body) => body is null ? null : redact(body);

    private string Describe(string operation, FailedResponse response, VendorError error)
    {
        var code = error.Code is null ? string.Empty : $" {VendorMessage.Cap(error.Code, VendorMessage.MaxCodeLength)}";
        var text = string.IsNullOrWhiteSpace(error.Message) ? "(no message)" : VendorMessage.Sanitize(error.Message);
        var request = response.RequestId is null ? string.Empty : $" (request {VendorMessage.Cap(response.RequestId, VendorMessage.MaxCodeLength)})";
        return $"{vendor} {operation} failed with {response.StatusCode}{code}: {text}{request}";
    }
}
