namespace ContactsSdk;

/// <summary>What <see cref="ContactsUpsertExtensions.UpsertAsync"/> did.</summary>
public enum ContactUpsertOutcome
{
    /// <summary>No contact matched, so one was created.</summary>
    Created = 0,

    /// <summary>A contact matched and was updated to what the draft asks for.</summary>
    Updated,

    /// <summary>A contact matched and already held what the draft asks for: nothing was written.</summary>
    Unchanged,
}
