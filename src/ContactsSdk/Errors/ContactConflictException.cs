namespace ContactsSdk.Errors;

/// <summary>Represents a write the vendor refused because the contact changed meanwhile or would duplicate another.</summary>
public sealed class ContactConflictException : ContactsException
{
    /// <summary>Initializes an exception with a generic message.</summary>
    public ContactConflictException()
        : this("The write conflicts with the contact's current state.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public ContactConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ContactConflictException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the id of the existing contact a create or update would have duplicated, when the vendor names it.</summary>
    public string? DuplicateContactId { get; init; }
}
