using System.Runtime.CompilerServices;
using ContactsSdk.Diagnostics;

namespace ContactsSdk.Changes;

/// <summary>
/// Compares the ids a caller knows with what the vendor has, in bounded batches: the known ids are streamed, at most one
/// batch of them is held at a time, and only an id the vendor lacks costs a request of its own (to tell a delete from a
/// merge, and to confirm it).
/// </summary>
internal static class Reconciler
{
    /// <summary>Checks the arguments now, then returns the lazy comparison.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="knownIds"/> is null.</exception>
    public static IAsyncEnumerable<ContactChange> Start(IReconcileSource source, IAsyncEnumerable<string> knownIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knownIds);
        return RunAsync(source, knownIds, cancellationToken);
    }

    private static async IAsyncEnumerable<ContactChange> RunAsync(
        IReconcileSource source, IAsyncEnumerable<string> knownIds, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var id in knownIds.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException("The known ids hold a null or blank id.", nameof(knownIds));
            }

            source.CheckId(id, nameof(knownIds));
            batch.Add(id);
            if (batch.Count < source.BatchSize)
            {
                continue;
            }

            await foreach (var change in CheckBatchAsync(source, batch, cancellationToken).ConfigureAwait(false))
            {
                yield return change;
            }

            batch.Clear();
        }

        await foreach (var change in CheckBatchAsync(source, batch, cancellationToken).ConfigureAwait(false))
        {
            yield return change;
        }
    }

    private static async IAsyncEnumerable<ContactChange> CheckBatchAsync(
        IReconcileSource source, HashSet<string> batch, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            yield break;
        }

        // One observation per batch: the listing and the direct reads of what it lacks.
        var changes = await ContactsTelemetry.ObserveAsync(source.Vendor, ContactsOperations.Reconcile, ct => ResolveBatchAsync(source, batch, ct), cancellationToken)
            .ConfigureAwait(false);
        foreach (var change in changes)
        {
            yield return change;
        }
    }

    private static async Task<List<ContactChange>> ResolveBatchAsync(IReconcileSource source, HashSet<string> batch, CancellationToken cancellationToken)
    {
        var present = await source.FindPresentAsync(batch, cancellationToken).ConfigureAwait(false);
        var changes = new List<ContactChange>();
        foreach (var id in batch.Where(id => !present.Contains(id)))
        {
            if (await source.ResolveAbsentAsync(id, cancellationToken).ConfigureAwait(false) is { } change)
            {
                changes.Add(change);
            }
        }

        return changes;
    }
}
