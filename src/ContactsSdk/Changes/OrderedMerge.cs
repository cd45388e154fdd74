using System.Runtime.CompilerServices;

namespace ContactsSdk.Changes;

/// <summary>
/// Merges two change streams, each in time order, into one in time order (Ecwid's updates and its deleted history). The
/// position of each merged change combines the resume positions of both streams as far as they have been yielded, so a
/// resume re-reads neither more nor less than it must.
/// </summary>
internal static class OrderedMerge
{
    public static async IAsyncEnumerable<SourcedChange> MergeAsync(
        IAsyncEnumerable<SourcedChange> first,
        string firstStart,
        IAsyncEnumerable<SourcedChange> second,
        string secondStart,
        Func<string, string, string> combine,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var a = first.GetAsyncEnumerator(cancellationToken);
        await using var _ = a.ConfigureAwait(false);
        var b = second.GetAsyncEnumerator(cancellationToken);
        await using var __ = b.ConfigureAwait(false);
        var (positionA, positionB) = (firstStart, secondStart);
        var hasA = await a.MoveNextAsync().ConfigureAwait(false);
        var hasB = await b.MoveNextAsync().ConfigureAwait(false);
        while (hasA || hasB)
        {
            if (hasA && (!hasB || !IsEarlier(b.Current, a.Current)))
            {
                positionA = a.Current.Position;
                yield return a.Current with { Position = combine(positionA, positionB) };
                hasA = await a.MoveNextAsync().ConfigureAwait(false);
            }
            else
            {
                positionB = b.Current.Position;
                yield return b.Current with { Position = combine(positionA, positionB) };
                hasB = await b.MoveNextAsync().ConfigureAwait(false);
            }
        }
    }

    private static bool IsEarlier(SourcedChange x, SourcedChange y)
        => (x.Change.ChangedAt ?? DateTimeOffset.MinValue) < (y.Change.ChangedAt ?? DateTimeOffset.MinValue);
}
