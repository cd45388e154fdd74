namespace ContactsSdk.Errors;

/// <summary>Represents a vendor that could not serve the call: HTTP 5xx, a dropped connection, or an open circuit.</summary>
public sealed class ContactsUnavailableException : ContactsException
{
    /// <summary>Initializes an exception with a generic message.</summary>
    public ContactsUnavailableException()
        : this("The vendor is unavailable.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public ContactsUnavailableException(string message)
        : base(message)
    {
        IsTransient = true;
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ContactsUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
        IsTransient = true;
    }
}
