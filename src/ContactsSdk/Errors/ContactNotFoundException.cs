namespace ContactsSdk.Errors;

/// <summary>Represents a contact (or a channel of one) that the vendor does not have: HTTP 404.</summary>
public sealed class ContactNotFoundException : ContactsException
{
    /// <summary>Initializes an exception with a generic message.</summary>
    public ContactNotFoundException()
        : this("The contact was not found.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public ContactNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ContactNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
