namespace ContactsSdk.Errors;

/// <summary>Represents a credential the vendor refused (HTTP 401) or that lacks a permission (HTTP 403).</summary>
public sealed class ContactsAuthenticationException : ContactsException
{
    /// <summary>Initializes an exception with a generic message.</summary>
    public ContactsAuthenticationException()
        : this("The vendor refused the credentials.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public ContactsAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ContactsAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
