using ContactsSdk.Errors;
namespace ContactsSdk;

/// <summary>
/// Says, before any call, which facade operations a vendor supports. An unsupported operation throws
/// <see cref="UnsupportedContactOperationException"/> without sending a request.
/// </summary>
public sealed record ContactsCapabilities
{
    /// <summary>Gets a value indicating whether contacts carry tags (<c>AddTagsAsync</c>, <c>RemoveTagsAsync</c>).</summary>
    public required bool SupportsTags { get; init; }

    /// <summary>Gets a value indicating whether contacts carry custom fields.</summary>
    public required bool SupportsCustomFields { get; init; }

    /// <summary>Gets a value indicating whether updates are guarded by a revision (<see cref="ContactPatch.ExpectedRevision"/>).</summary>
    public required bool SupportsRevisions { get; init; }

    /// <summary>
    /// Gets a value indicating whether the vendor has no concurrency token, so the client serialises each read-modify-write
    /// of a contact (tags, channels, updates) with a per-contact lock held within this process: writers through the SDK in
    /// one process never lose each other's change, but writers in other processes can still interleave (Ecwid, AgentClara).
    /// </summary>
    public bool LocksWritesInProcess { get; init; }

    /// <summary>
    /// Gets the most channels of one kind a contact can hold, or <see langword="null"/> when unbounded.
    /// AgentClara holds one email and one phone.
    /// </summary>
    public int? MaxChannelsPerKind { get; init; }

    /// <summary>Gets a value indicating whether <see cref="Contact.Company"/> and <see cref="Contact.JobTitle"/> are stored.</summary>
    public required bool SupportsCompany { get; init; }

    /// <summary>Gets the channel kinds the vendor stores.</summary>
    public required IReadOnlySet<ChannelKind> ChannelKinds { get; init; }

    /// <summary>Gets the most contacts one list request can return.</summary>
    public required int MaxPageSize { get; init; }

    /// <summary>Gets a value indicating whether the vendor stores channels of <paramref name="kind"/>.</summary>
    /// <param name="kind">The channel kind.</param>
    /// <returns><see langword="true"/> when supported.</returns>
    public bool SupportsChannel(ChannelKind kind) => ChannelKinds.Contains(kind);
}
