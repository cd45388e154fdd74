namespace ContactsSdk.Internal;

/// <summary>
/// Stands in for a cause whose text held a secret: <see cref="Exception.ToString"/> of the outer exception prints its
/// inner exceptions, so a raw cause would leak what the outer message redacted.
/// </summary>
internal sealed class RedactedCauseException : Exception
{
    public RedactedCauseException()
    {
    }

    public RedactedCauseException(string message)
        : base(message)
    {
    }

    public RedactedCauseException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Returns <paramref name="cause"/> when nothing in it is secret, else a copy of its text with the secrets masked.</summary>
    public static Exception Sanitize(Exception cause, Func<string, string> redact)
    {
        var text = cause.ToString();
        var redacted = redact(text);
        return string.Equals(text, redacted, StringComparison.Ordinal)
            ? cause
            : new RedactedCauseException($"{cause.GetType().FullName} (redacted): {redacted}");
    }
}
