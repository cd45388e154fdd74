using System.Globalization;
using System.Runtime.CompilerServices;

namespace ContactsSdk.Sync;

/// <summary>
/// An <see cref="ISyncChangeSource"/> over any client's listing: the contacts updated since the checkpoint (a time), each
/// reported as changed. It cannot see deletes (a full run notices those), and it re-reads an <see cref="Overlap"/> before
/// the checkpoint so a contact stamped with a lagging clock is not missed — re-reading an unchanged contact costs the sync
/// no write, because its fingerprint has not changed.
/// </summary>
public sealed class ListingSyncChangeSource : ISyncChangeSource
{
    /// <summary>
    /// How far before the checkpoint each run re-reads: vendors stamp updates in whole seconds (Ecwid, AgentClara) with their
    /// own clocks. An assumption (UNCONFIRMED: no vendor publishes its clock skew), the same bound as the create lookup's.
    /// </summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromMinutes(2);

    private const string Prefix = "updated:";
    private readonly IContactsClient _source;

    /// <summary>Initializes a change source over <paramref name="source"/>'s listing.</summary>
    /// <param name="source">The client whose contacts are read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ListingSyncChangeSource(IContactsClient source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="checkpoint"/> was not written by this source.</exception>
    public async IAsyncEnumerable<SyncSourceChange> GetChangesAsync(string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var since = Parse(checkpoint);
        var query = new ContactQuery { UpdatedSince = since - Overlap, SortBy = ContactSortField.Updated };
        var highWater = since;
        await foreach (var contact in _source.ListAsync(since is null ? null : query, cancellationToken).ConfigureAwait(false))
        {
            if (contact.UpdatedAt is { } updated && (highWater is null || updated > highWater))
            {
                highWater = updated;
            }

            yield return new SyncSourceChange(contact.Id, IsDeleted: false, contact, Format(highWater));
        }
    }

    private static DateTimeOffset? Parse(string? checkpoint)
    {
        if (checkpoint is null)
        {
            return null;
        }

        return checkpoint.StartsWith(Prefix, StringComparison.Ordinal)
            && DateTimeOffset.TryParse(checkpoint.AsSpan(Prefix.Length), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var since)
            ? since
            : throw new ArgumentException("The checkpoint was not written by a listing change source.", nameof(checkpoint));
    }

    private static string? Format(DateTimeOffset? highWater)
        => highWater is { } value ? Prefix + value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) : null;
}
