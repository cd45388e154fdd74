using System.Runtime.CompilerServices;
using ContactsSdk.Diagnostics;

namespace ContactsSdk.Changes;

/// <summary>
/// The change feed every vendor shares: checks the arguments before any request, opens a bounded window on the vendor's
/// clock, reads it through the vendor's <see cref="IChangeSource"/>, drops repeats at page edges by (id, changed-at), and
/// hands each change the checkpoint that resumes right after it.
/// </summary>
internal static class ChangeFeedReader
{
    /// <summary>Checks the arguments now, then returns the lazy read (no request until iteration starts), whose checkpoint moves as it is read.</summary>
    /// <exception cref="ArgumentException">The options are out of range, or the checkpoint belongs to another vendor or account.</exception>
    public static ContactChangeFeed Start(
        IChangeSource source, TimeProvider localClock, ChangeFeedCheckpoint? since, ChangeFeedOptions? options, CancellationToken cancellationToken)
    {
        options ??= new ChangeFeedOptions();
        var pageSize = options.Validate(source.MaxPageSize, nameof(options));
        since?.EnsureBelongsTo(source.Vendor, source.Account, nameof(since));
        if (since?.State.Position is { } position && !source.IsValidPosition(position))
        {
            throw new ArgumentException($"The checkpoint holds no valid {source.Vendor} position.", nameof(since));
        }
        return new ContactChangeFeed(
            since, advance => ReadAsync(source, localClock, since?.State, options, pageSize, advance, cancellationToken))
        {
            Account = source.Account,
        };
    }

    private static async IAsyncEnumerable<ContactChange> ReadAsync(
        IChangeSource source,
        TimeProvider localClock,
        ChangeFeedCheckpointState? since,
        ChangeFeedOptions options,
        int pageSize,
        Action<ChangeFeedCheckpoint> advance,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The vendor's clock and the first page are one observation, so a call that finds nothing records one span.
        IAsyncEnumerator<SourcedChange>? changes = null;
        ChangeWindow? window = null;
        var hasChange = await ContactsTelemetry.ObserveAsync(
            source.Vendor,
            ContactsOperations.GetChanges,
            async ct =>
            {
                window = await OpenAsync(source, localClock, since, options, pageSize, ct).ConfigureAwait(false);
                changes = window is null ? null : source.ReadAsync(window, ct).GetAsyncEnumerator(ct);
                return changes is not null && await changes.MoveNextAsync().ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        if (changes is null)
        {
            yield break;
        }

        await using var _ = changes.ConfigureAwait(false);

        // One change is held back so that the last of the window carries the completed checkpoint: a caller who persists
        // it starts the next call from this window's end instead of re-reading it.
        ContactChange? held = null;
        var recent = new RecentChanges();
        while (hasChange)
        {
            var sourced = changes.Current;
            if (recent.TryAdd(sourced.Change))
            {
                if (held is not null)
                {
                    yield return held;

                    // A caller who cancelled while handling the change gets OperationCanceledException, not a checkpoint
                    // that claims the change was handled, even when the rest of the window is already buffered.
                    cancellationToken.ThrowIfCancellationRequested();
                    // Resumed: the caller asked for the next change, so it has finished with this one.
                    advance(held.Checkpoint!);
                }

                held = sourced.Change with { Checkpoint = window!.At(sourced.Position) };
            }

            hasChange = await changes.MoveNextAsync().ConfigureAwait(false);
        }

        var completed = window!.Completed();
        if (held is not null)
        {
            yield return held with { Checkpoint = completed };
        }

        cancellationToken.ThrowIfCancellationRequested();

        // Also when the window held no change: the next call starts from this window's end, not from an ever older one.
        advance(completed);
    }

    private static async Task<ChangeWindow?> OpenAsync(
        IChangeSource source, TimeProvider localClock, ChangeFeedCheckpointState? since, ChangeFeedOptions options, int pageSize, CancellationToken cancellationToken)
    {
        // "Now" is the vendor's: its records are stamped by its clock, so skew between it and this machine cannot open a gap.
        var serverNow = await source.ServerNowAsync(cancellationToken).ConfigureAwait(false) ?? localClock.GetUtcNow();
        if (since is not null)
        {
            source.CheckRetention(since, serverNow);
        }

        if (since?.WindowTo is { } windowTo)
        {
            // A window left mid-way: finish it with the same bounds, from the position the checkpoint holds.
            return Window(source, since, windowTo, since.Position, options.Overlap, pageSize);
        }

        var to = serverNow - options.SettleLag;
        var window = Window(source, since, to, position: null, options.Overlap, pageSize);
        return window.From is { } from && from >= to ? null : window;
    }

    private static ChangeWindow Window(
        IChangeSource source, ChangeFeedCheckpointState? since, DateTimeOffset to, string? position, TimeSpan overlap, int pageSize)
        => new(
            source.Vendor,
            source.Account,
            since?.UpdatedHighWater ?? DateTimeOffset.MinValue,
            since is null ? null : since.DeletedHighWater ?? since.UpdatedHighWater,
            to,
            position,
            overlap,
            pageSize,
            source.KeepsDeletedHistory);
}
