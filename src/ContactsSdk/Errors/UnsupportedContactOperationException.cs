namespace ContactsSdk.Errors;

/// <summary>Represents an operation the vendor lacks. It is thrown before any request; <see cref="IContactsClient.Capabilities"/> says so in advance.</summary>
public sealed class UnsupportedContactOperationException : ContactsException
{
    /// <summary>Initializes an exception with a generic message.</summary>
    public UnsupportedContactOperationException()
        : this("The vendor does not support this operation.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public UnsupportedContactOperationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public UnsupportedContactOperationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes an exception naming the vendor and the operation it lacks.</summary>
    /// <param name="vendor">The vendor.</param>
    /// <param name="operation">The operation, e.g. <c>AddTags</c>.</param>
    public UnsupportedContactOperationException(ContactsVendor vendor, string operation)
        : this($"{vendor} does not support {operation}.")
    {
        Vendor = vendor;
        Operation = operation;
    }
}
