namespace ContactsSdk.Errors;

/// <summary>
/// Represents a change-feed checkpoint too old to resume without losing changes (e.g. older than Ecwid's deleted-history
/// retention): start again with a full read (<c>GetChangesAsync(null)</c>) and reconcile the ids you know.
/// </summary>
public sealed class ContactsResyncRequiredException : ContactsException
{
    /// <summary>Initializes an exception with a generic message.</summary>
    public ContactsResyncRequiredException()
        : this("The change-feed checkpoint is too old to resume without losing changes; a full resync is required.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">Why a full resync is required.</param>
    public ContactsResyncRequiredException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">Why a full resync is required.</param>
    /// <param name="innerException">The cause.</param>
    public ContactsResyncRequiredException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the checkpoint's high-water mark (the vendor's clock) that is too old.</summary>
    public DateTimeOffset? CheckpointHighWater { get; init; }
}
