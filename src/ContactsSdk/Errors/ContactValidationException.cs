namespace ContactsSdk.Errors;

/// <summary>Represents a request the vendor rejected as invalid (HTTP 400 or 422), with the fields it named.</summary>
public sealed class ContactValidationException : ContactsException
{
    /// <summary>Initializes an exception with a generic message.</summary>
    public ContactValidationException()
        : this("The vendor rejected the request as invalid.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public ContactValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ContactValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the fields the vendor rejected; empty when it named none.</summary>
    public IReadOnlyList<FieldViolation> Violations { get; init; } = [];
}
