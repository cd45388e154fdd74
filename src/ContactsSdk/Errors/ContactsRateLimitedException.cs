namespace ContactsSdk.Errors;

/// <summary>Represents a call the vendor throttled (HTTP 429).</summary>
public sealed class ContactsRateLimitedException : ContactsException
{
    /// <summary>Initializes an exception with a generic message.</summary>
    public ContactsRateLimitedException()
        : this("The vendor throttled the call.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public ContactsRateLimitedException(string message)
        : base(message)
    {
        IsTransient = true;
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ContactsRateLimitedException(string message, Exception? innerException)
        : base(message, innerException)
    {
        IsTransient = true;
    }

    /// <summary>Gets how long the vendor asked the caller to wait, when it said (<c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; init; }
}
