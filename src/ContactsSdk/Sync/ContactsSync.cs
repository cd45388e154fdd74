using ContactsSdk.Errors;

namespace ContactsSdk.Sync;

/// <summary>
/// A one-way sync from any <see cref="IContactsClient"/> to any other: every source contact becomes (or updates) one target
/// contact, matched by a remembered link, else by normalised email, else by phone; mapped to what the target can hold
/// (the rest is reported per contact, never a failed run); idempotent (a run with no source change writes nothing) and
/// resumable (links, fingerprints, the checkpoint and failures live in an <see cref="ISyncStateStore"/>, saved as each
/// contact completes).
/// </summary>
/// <remarks>
/// Writes go through the target client, so its quota limiter paces them and its duplicate-safe create never creates twice
/// after a fault; <see cref="ContactsSyncOptions.MaxConcurrency"/> bounds how many contacts are in flight. A contact whose
/// sync fails is recorded and retried on the next run. Tags and channels are only ever added on the target, and a field the
/// source leaves empty is never cleared: the target may hold what others wrote.
/// </remarks>
public sealed class ContactsSync
{
    /// <summary>Initializes a sync from <paramref name="source"/> to <paramref name="target"/>.</summary>
    /// <param name="source">The client read from.</param>
    /// <param name="target">The client written to.</param>
    /// <param name="stateStore">Where links and progress are kept; defaults to a new <see cref="InMemorySyncStateStore"/>.</param>
    /// <param name="options">Mapping, pacing and reporting options; defaults to <see cref="ContactsSyncOptions"/>' defaults.</param>
    /// <exception cref="ArgumentException">A client is null, both are the same object, or an option is out of range.</exception>
    public ContactsSync(IContactsClient source, IContactsClient target, ISyncStateStore? stateStore = null, ContactsSyncOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (ReferenceEquals(source, target) || SameAccount(source, target))
        {
            throw new ArgumentException("The source and the target must be different clients.", nameof(target));
        }

        Options = options ?? new ContactsSyncOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxConcurrency, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(Options.MaxReportedItems, nameof(options));
        ArgumentNullException.ThrowIfNull(Options.TimeProvider, nameof(options));
        if (Options.DeletedInSource == SyncDeleteBehavior.Tag && string.IsNullOrWhiteSpace(Options.DeletedTag))
        {
            throw new ArgumentException("DeletedInSource = Tag needs a DeletedTag.", nameof(options));
        }

        Source = source;
        Target = target;
        StateStore = stateStore ?? new InMemorySyncStateStore();
    }

    /// <summary>Gets the client read from.</summary>
    public IContactsClient Source { get; }

    /// <summary>Gets the client written to.</summary>
    public IContactsClient Target { get; }

    /// <summary>Gets the store of links, checkpoint and failures.</summary>
    public ISyncStateStore StateStore { get; }

    internal ContactsSyncOptions Options { get; }

    /// <summary>Runs the sync: retries earlier failures, then copies the source's contacts (all, or those changed since the
    /// last incremental run) to the target.</summary>
    /// <param name="mode">Full (every contact; also notices deletes) or incremental (changes since the saved checkpoint).</param>
    /// <param name="progress">Receives progress after each contact, or null.</param>
    /// <param name="cancellationToken">A token that stops the run; what completed is saved and the next run resumes.</param>
    /// <returns>What was done, with one line per contact that was not simply unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    /// <exception cref="ContactsException">The source could not be listed, or the state store failed. A failure on one
    /// contact is not thrown: it is counted in <see cref="ContactsSyncResult.Failed"/> and retried on the next run.</exception>
    public Task<ContactsSyncResult> RunAsync(
        ContactsSyncMode mode = ContactsSyncMode.Full, IProgress<ContactsSyncProgress>? progress = null, CancellationToken cancellationToken = default)
        => ExecuteAsync(mode, dryRun: false, progress, cancellationToken);

    /// <summary>Computes what <see cref="RunAsync"/> would do, reading both sides but writing nothing (not even the state store).</summary>
    /// <param name="mode">Full or incremental, as for <see cref="RunAsync"/>.</param>
    /// <param name="progress">Receives progress after each contact, or null.</param>
    /// <param name="cancellationToken">A token that stops the planning.</param>
    /// <returns>The plan: each contact's create, update or skip with its reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    /// <exception cref="ContactsException">The source could not be listed.</exception>
    public Task<ContactsSyncResult> PlanAsync(
        ContactsSyncMode mode = ContactsSyncMode.Full, IProgress<ContactsSyncProgress>? progress = null, CancellationToken cancellationToken = default)
        => ExecuteAsync(mode, dryRun: true, progress, cancellationToken);

    private async Task<ContactsSyncResult> ExecuteAsync(
        ContactsSyncMode mode, bool dryRun, IProgress<ContactsSyncProgress>? progress, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown sync mode.");
        }

        using var run = new SyncRun(this, mode, dryRun, progress);
        return await run.ExecuteAsync(cancellationToken).ConfigureAwait(false);
    }

    // Two clients resolved from one registration are different objects over one account: syncing them onto each other
    // would rewrite every contact in place. Only the SDK's own clients are asked (a user's double may not build a feed);
    // GetChangesAsync sends nothing until it is enumerated.
    private static bool SameAccount(IContactsClient source, IContactsClient target)
        => source.Vendor == target.Vendor
            && source.GetType().Assembly == typeof(ContactsSync).Assembly
            && target.GetType().Assembly == typeof(ContactsSync).Assembly
            && source.GetChangesAsync(null).Account is { Length: > 0 } account
            && string.Equals(account, target.GetChangesAsync(null).Account, StringComparison.Ordinal);
}
