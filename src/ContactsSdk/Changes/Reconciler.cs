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

        var present = await ContactsTelemetry.ObserveAsync(source.Vendor, ContactsOperations.Reconcile, ct => source.FindPresentAsync(batch, ct), cancellationToken)
            .ConfigureAwait(false);
        foreach (var id in batch)
        {
            if (present.Contains(id))
            {
                continue;
            }

            var change = await ContactsTelemetry.ObserveAsync(source.Vendor, ContactsOperations.Reconcile, ct => source.ResolveAbsentAsync(id, ct), cancellationToken)
                .ConfigureAwait(false);
            if (change is not null)
            {
                yield return change;
            }
        }
    }
}
