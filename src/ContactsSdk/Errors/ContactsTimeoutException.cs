namespace ContactsSdk.Errors;

/// <summary>Represents a call that the SDK's own timeout ended. A caller's own cancellation surfaces as <see cref="OperationCanceledException"/> instead.</summary>
public sealed class ContactsTimeoutException : ContactsException
{
    /// <summary>Initializes an exception with a generic message.</summary>
    public ContactsTimeoutException()
        : this("The call to the vendor timed out.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public ContactsTimeoutException(string message)
        : base(message)
    {
        IsTransient = true;
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ContactsTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
        IsTransient = true;
    }
}
