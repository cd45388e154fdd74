namespace ContactsSdk.Changes;

/// <summary>A change as a vendor feed reads it, with the vendor position that re-reads it (and everything after it) on resume.</summary>
/// <param name="Change">The change, without its checkpoint.</param>
/// <param name="Position">The position to resume from so that nothing after this change is missed.</param>
internal readonly record struct SourcedChange(ContactChange Change, string Position);
