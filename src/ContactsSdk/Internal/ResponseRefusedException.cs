namespace ContactsSdk.Internal;

/// <summary>
/// Raised inside the HTTP pipeline when an answer must not be used: a body past the configured size limit, or an answer
/// that came from somewhere else than the request was sent to (a redirect). <see cref="VendorApiCaller"/> turns it into a
/// non-transient <see cref="Errors.ContactsException"/>; the retry and circuit-breaker strategies do not treat it as transient.
/// </summary>
internal sealed class ResponseRefusedException : Exception
{
    public ResponseRefusedException()
    {
    }

    public ResponseRefusedException(string message)
        : base(message)
    {
    }

    public ResponseRefusedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the HTTP status of the refused answer.</summary>
    public int StatusCode { get; init; }
}
