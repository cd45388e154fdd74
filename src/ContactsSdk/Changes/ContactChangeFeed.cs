namespace ContactsSdk.Changes;

/// <summary>
/// One read of a change feed (<see cref="IContactsClient.GetChangesAsync"/>): iterate it for the changes, then persist
/// <see cref="Checkpoint"/> — which moves on even when the window held no change, so a quiet feed's next call reads
/// only what is new.
/// </summary>
/// <remarks>
/// Nothing is sent until the iteration starts. Each iteration reads one window from the checkpoint the call was given;
/// iterate once.
/// </remarks>
public sealed class ContactChangeFeed : IAsyncEnumerable<ContactChange>
{
    private readonly Func<Action<ChangeFeedCheckpoint>, IAsyncEnumerable<ContactChange>> _read;

    internal ContactChangeFeed(
        ChangeFeedCheckpoint? since, Func<Action<ChangeFeedCheckpoint>, IAsyncEnumerable<ContactChange>> read)
    {
        Checkpoint = since;
        _read = read;
    }

    /// <summary>
    /// The checkpoint that is safe to persist now: the one the call was given until the iteration moves on, then the
    /// checkpoint of the last change the caller has finished with (the iteration asked for the next one), and, once the
    /// iteration has run to its end, the checkpoint of the completed window — also when the window held no change.
    /// </summary>
    /// <value><see langword="null"/> only for a full read (<c>since: null</c>) that has not completed a change yet.</value>
    public ChangeFeedCheckpoint? Checkpoint { get; private set; }

    /// <summary>Gets the vendor account the feed reads (no secret: a store id, site id or key fingerprint); empty when unknown.</summary>
    internal string Account { get; init; } = string.Empty;

    /// <summary>Starts reading the window.</summary>
    /// <param name="cancellationToken">A token that cancels the iteration (combined with the call's own).</param>
    /// <returns>The enumerator of the changes.</returns>
    public IAsyncEnumerator<ContactChange> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        => _read(checkpoint => Checkpoint = checkpoint).GetAsyncEnumerator(cancellationToken);
}
