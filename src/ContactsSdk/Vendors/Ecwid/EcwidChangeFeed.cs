using System.Globalization;
using System.Runtime.CompilerServices;
using ContactsSdk.Changes;
using ContactsSdk.Diagnostics;
using ContactsSdk.Errors;
using ContactsSdk.Internal;
using ContactsSdk.Vendors.Ecwid.Models;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>
/// Ecwid's change feed: customers updated in the window (<c>updatedFrom</c>/<c>updatedTo</c>, <c>UPDATED_DATE_ASC</c>),
/// merged in time order with the deleted-customers history (<c>/customers/deleted</c>, <c>from_date</c>/<c>to_date</c>).
/// </summary>
/// <remarks>
/// Updates page by key: each page re-asks from the last update second read (inclusive) and drops the customers already
/// read at that second, so a customer updated meanwhile (it leaves the window) or deleted never shifts a later one out of
/// reach. Only a page that is all one second falls back to an offset inside that second. Positions are
/// <c>{second}:{offset}:{deleted offset}</c>.
/// </remarks>
internal sealed class EcwidChangeFeed(IEcwidApi api, VendorApiCaller caller, string account) : IChangeSource, IReconcileSource
{
    /// <summary>
    /// How long Ecwid keeps deleted customers in its history: "6 months" per the older docs (A.6; UNCONFIRMED whether still
    /// true). Read as 180 days, the shortest six months, so a checkpoint is refused before the history could have lost a delete.
    /// </summary>
    internal static readonly TimeSpan DeletedHistoryRetention = TimeSpan.FromDays(180);

    /// <summary>How many known ids one reconciliation scan checks (and holds) at a time.</summary>
    internal const int ReconcileBatch = 10_000;

    private const string UpdatedAscending = "UPDATED_DATE_ASC";

    public ContactsVendor Vendor => ContactsVendor.Ecwid;

    public string Account => account;

    public int MaxPageSize => EcwidCapabilities.MaxPageSize;

    public bool KeepsDeletedHistory => true;

    public int BatchSize => ReconcileBatch;

    public Task<DateTimeOffset?> ServerNowAsync(CancellationToken cancellationToken)
        => ServerTime.ProbeAsync(caller, ct => api.SearchDeletedCustomersAsync(null, null, 0, 1, ct), cancellationToken);

    public void CheckRetention(ChangeFeedCheckpointState since, DateTimeOffset serverNow)
    {
        if (since.UpdatedHighWater == DateTimeOffset.MinValue)
        {
            return;
        }

        var deletedHighWater = since.DeletedHighWater ?? since.UpdatedHighWater;
        if (serverNow - deletedHighWater > DeletedHistoryRetention)
        {
            throw new ContactsResyncRequiredException(
                $"The checkpoint reaches back {(serverNow - deletedHighWater).TotalDays:N0} days; Ecwid keeps deleted customers for {DeletedHistoryRetention.TotalDays:N0} days only, so deletes may be lost. Start a full read (GetChangesAsync(null)) and reconcile the ids you hold.")
            {
                Vendor = ContactsVendor.Ecwid,
                Operation = ContactsOperations.GetChanges,
                CheckpointHighWater = deletedHighWater,
            };
        }
    }

    public IAsyncEnumerable<SourcedChange> ReadAsync(ChangeWindow window, CancellationToken cancellationToken)
    {
        var (updates, deletedOffset) = ParsePosition(window.Position);
        var updated = ReadUpdatesAsync(window, updates, cancellationToken);
        if (window.DeletedFrom is null)
        {
            return Tag(updated, deletedOffset, cancellationToken);
        }

        return OrderedMerge.MergeAsync(
            updated, updates, ReadDeletedAsync(window, deletedOffset, cancellationToken), Offset(deletedOffset), Combine, cancellationToken);
    }

    private static async IAsyncEnumerable<SourcedChange> Tag(
        IAsyncEnumerable<SourcedChange> updates, int deletedOffset, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var change in updates.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return change with { Position = Combine(change.Position, Offset(deletedOffset)) };
        }
    }

    private async IAsyncEnumerable<SourcedChange> ReadUpdatesAsync(
        ChangeWindow window, string start, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (cursor, offset) = ParseCursor(start, window);
        var to = window.To.ToUnixTimeSeconds();
        var atCursor = new HashSet<long>();
        while (true)
        {
            var (second, pageOffset) = (cursor, offset);
            var page = await Observe(
                ct => caller.SendAsync(c => api.SearchUpdatedCustomersAsync(second, to, UpdatedAscending, pageOffset, window.PageSize, c), ct),
                cancellationToken).ConfigureAwait(false);
            foreach (var customer in page.Items)
            {
                var at = customer.Updated?.ToUnixTimeSeconds();
                if (at == second && atCursor.Contains(customer.Id))
                {
                    continue;
                }

                if (window.Contains(customer.Updated))
                {
                    var position = at == second ? Cursor(second, pageOffset) : Cursor(at, 0);
                    yield return new SourcedChange(Change(customer, window), position);
                }
            }

            if (page.Items.Count < window.PageSize)
            {
                yield break;
            }

            var last = page.Items[^1].Updated?.ToUnixTimeSeconds();
            if (last is null || last == second)
            {
                // The whole page is one second: step through that second by offset.
                offset += page.Items.Count;
                continue;
            }

            cursor = last;
            offset = 0;
            atCursor.Clear();
            foreach (var customer in page.Items.Where(customer => customer.Updated?.ToUnixTimeSeconds() == last))
            {
                atCursor.Add(customer.Id);
            }
        }
    }

    private async IAsyncEnumerable<SourcedChange> ReadDeletedAsync(
        ChangeWindow window, int start, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var from = window.DeletedFrom!.Value.ToUnixTimeSeconds();
        var to = window.To.ToUnixTimeSeconds();
        var offset = start;
        while (true)
        {
            var pageOffset = offset;
            var page = await Observe(
                ct => caller.SendAsync(c => api.SearchDeletedCustomersAsync(from, to, pageOffset, window.PageSize, c), ct), cancellationToken)
                .ConfigureAwait(false);
            foreach (var deleted in page.Items)
            {
                offset++;
                if (deleted.Date is { } date && date >= window.To)
                {
                    continue;
                }

                var change = new ContactChange
                {
                    Vendor = ContactsVendor.Ecwid,
                    ContactId = deleted.Id.ToString(CultureInfo.InvariantCulture),
                    Kind = ContactChangeKind.Deleted,
                    ChangedAt = deleted.Date,
                    Origin = ContactChangeOrigin.DeletedHistory,
                };
                yield return new SourcedChange(change, Offset(offset));
            }

            if (page.Items.Count < window.PageSize)
            {
                yield break;
            }
        }
    }

    private static ContactChange Change(EcwidCustomerResource customer, ChangeWindow window)
        => new()
        {
            Vendor = ContactsVendor.Ecwid,
            ContactId = customer.Id.ToString(CultureInfo.InvariantCulture),
            Kind = window.KindOf(customer.Registered),
            ChangedAt = customer.Updated,
            Contact = EcwidMapper.ToContact(customer),
            Origin = ContactChangeOrigin.Poll,
        };

    public void CheckId(string id, string paramName) => EcwidRules.Id(id, "customer", paramName);

    public async Task<IReadOnlySet<string>> FindPresentAsync(IReadOnlyCollection<string> batch, CancellationToken cancellationToken)
    {
        // No id filter: scan every customer once per batch. A customer a shifting offset skips only looks absent, and
        // ResolveAbsentAsync reads it directly before calling it deleted.
        var present = new HashSet<string>(StringComparer.Ordinal);
        var limit = EcwidCapabilities.MaxPageSize;
        for (var offset = 0; ; offset += limit)
        {
            var pageOffset = offset;
            var page = await caller.SendAsync(
                ct => api.SearchCustomerResourcesAsync(null, null, null, null, null, null, "REGISTERED_DATE_ASC", pageOffset, limit, ct), cancellationToken)
                .ConfigureAwait(false);
            foreach (var customer in page.Items)
            {
                var id = customer.Id.ToString(CultureInfo.InvariantCulture);
                if (batch.Contains(id))
                {
                    present.Add(id);
                }
            }

            if (page.Items.Count < limit || present.Count == batch.Count)
            {
                return present;
            }
        }
    }

    public async Task<ContactChange?> ResolveAbsentAsync(string id, CancellationToken cancellationToken)
    {
        var customerId = EcwidRules.Id(id, "customer", "knownIds");
        var customer = await caller.SendOrNullIfNotFoundAsync(ct => api.GetCustomerAsync(customerId, ct), cancellationToken).ConfigureAwait(false);
        return customer is not null ? null : new ContactChange
        {
            Vendor = ContactsVendor.Ecwid,
            ContactId = id,
            Kind = ContactChangeKind.Deleted,
            Origin = ContactChangeOrigin.Reconciliation,
        };
    }

    private Task<T> Observe<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.GetChanges, call, cancellationToken);

    // {updates cursor}|{deleted offset}; the updates cursor is {second}:{offset}, or empty for the window's start.
    private static string Combine(string updates, string deleted) => updates + "|" + deleted;

    private static string Cursor(long? second, int offset)
        => second is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s}:{offset}") : string.Empty;

    private static string Offset(int offset) => offset.ToString(CultureInfo.InvariantCulture);

    public bool IsValidPosition(string position)
        => TryParsePosition(position, out var updates, out _) && (updates.Length == 0 || TryParseCursor(updates, out _, out _));

    // The reader checked the position before the first request.
    private static (string Updates, int DeletedOffset) ParsePosition(string? position)
    {
        if (position is null)
        {
            return (string.Empty, 0);
        }

        return TryParsePosition(position, out var updates, out var deleted) ? (updates, deleted) : throw new FormatException("Not an Ecwid feed position.");
    }

    private static (long? Second, int Offset) ParseCursor(string cursor, ChangeWindow window)
    {
        if (cursor.Length == 0)
        {
            // Floor: the window's start may fall inside a second, and Ecwid's bounds are whole seconds.
            return (window.From?.ToUnixTimeSeconds(), 0);
        }

        return TryParseCursor(cursor, out var second, out var offset) ? (second, offset) : throw new FormatException("Not an Ecwid feed position.");
    }

    private static bool TryParsePosition(string position, out string updates, out int deletedOffset)
    {
        var parts = position.Split('|');
        updates = parts[0];
        deletedOffset = 0;
        return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out deletedOffset);
    }

    private static bool TryParseCursor(string cursor, out long second, out int offset)
    {
        var parts = cursor.Split(':');
        offset = 0;
        second = 0;
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out second)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out offset);
    }
}
