using System.Globalization;
using System.Runtime.CompilerServices;
using ContactsSdk.Changes;
using ContactsSdk.Diagnostics;
using ContactsSdk.Internal;
using ContactsSdk.Vendors.AgentClara.Models;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>
/// AgentClara's change feed: <c>GET /contacts?sort=updated</c> has no time filter, so the window is cut out of the listing
/// here. Newest first (the assumption below), the read stops at the first contact updated before the window. Offsets
/// drift while the listing changes: an update moves a contact to the front (already read: a repeat, never a skip), a
/// delete moves later contacts one place up, so each page re-reads the last <see cref="PageOverlap"/> places of the one
/// before and drops what it already yielded. AgentClara keeps no delete history: reconciliation finds deletes.
/// </summary>
internal sealed class AgentClaraChangeFeed(IAgentClaraApi api, VendorApiCaller caller, string account) : IChangeSource, IReconcileSource
{
    /// <summary>
    /// Whether <c>sort=updated</c> lists the most recently updated contact first. The docs name the sort but not its
    /// direction (spec C, PROP/UNCONFIRMED); our spec proposes newest first. Set false for oldest first: the feed then
    /// reads the whole listing every window instead of stopping early, and stays correct.
    /// </summary>
    internal const bool UpdatedSortIsNewestFirst = true;

    /// <summary>How many places each page re-reads of the one before, so that up to this many deletes between two pages skip nothing.</summary>
    internal const int PageOverlap = 10;

    /// <summary>How many known ids one reconciliation scan checks (and holds) at a time.</summary>
    internal const int ReconcileBatch = 10_000;

    private const string UpdatedSort = "updated";

    public ContactsVendor Vendor => ContactsVendor.AgentClara;

    public string Account => account;

    public int MaxPageSize => AgentClaraCapabilities.MaxPageSize;

    public bool KeepsDeletedHistory => false;

    public int BatchSize => ReconcileBatch;

    public Task<DateTimeOffset?> ServerNowAsync(CancellationToken cancellationToken)
        => ServerTime.ProbeAsync(caller, ct => api.ListContactsAsync(1, 0, null, null, UpdatedSort, ct), cancellationToken);

    public void CheckRetention(ChangeFeedCheckpointState since, DateTimeOffset serverNow)
    {
        // The listing reaches any age: nothing to refuse.
    }

    public async IAsyncEnumerable<SourcedChange> ReadAsync(ChangeWindow window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var margin = Math.Min(PageOverlap, window.PageSize / 2);
        var offset = Math.Max(0, ParsePosition(window.Position) - margin);
        var previous = new HashSet<(string, DateTimeOffset?)>();
        var current = new HashSet<(string, DateTimeOffset?)>();
        while (true)
        {
            var pageOffset = offset;
            var envelope = await ContactsTelemetry.ObserveAsync(
                Vendor,
                ContactsOperations.GetChanges,
                ct => caller.SendAsync(c => api.ListContactsAsync(window.PageSize, pageOffset, null, null, UpdatedSort, c), ct),
                cancellationToken).ConfigureAwait(false);
            var contacts = envelope.Data;
            var passedWindow = false;
            current.Clear();
            foreach (var resource in contacts)
            {
                current.Add((resource.Id, resource.UpdatedAt));
                if (UpdatedSortIsNewestFirst && window.From is { } from && resource.UpdatedAt < from)
                {
                    passedWindow = true;
                    break;
                }

                if (!previous.Contains((resource.Id, resource.UpdatedAt)) && window.Contains(resource.UpdatedAt))
                {
                    yield return new SourcedChange(Change(resource, window), pageOffset.ToString(CultureInfo.InvariantCulture));
                }
            }

            // Without the pagination block (the documented bare shape) a short page is the last.
            if (passedWindow || contacts.Count < window.PageSize || envelope.Pagination?.HasMore == false)
            {
                yield break;
            }

            (previous, current) = (current, previous);
            offset += contacts.Count - margin;
        }
    }

    private static ContactChange Change(AgentClaraContactResource resource, ChangeWindow window)
        => new()
        {
            Vendor = ContactsVendor.AgentClara,
            ContactId = resource.Id,
            Kind = window.KindOf(resource.CreatedAt),
            ChangedAt = resource.UpdatedAt,
            Contact = AgentClaraMapper.ToContact(resource),
            Origin = ContactChangeOrigin.Poll,
        };

    public void CheckId(string id, string paramName)
        => Guard.Id(id, AgentClaraRules.ContactId(), "AgentClara contact id (cust_…)", paramName);

    public async Task<IReadOnlySet<string>> FindPresentAsync(IReadOnlyCollection<string> batch, CancellationToken cancellationToken)
    {
        // No id filter: scan every contact once per batch. A contact a shifting offset skips only looks absent, and
        // ResolveAbsentAsync reads it directly before calling it deleted.
        var present = new HashSet<string>(StringComparer.Ordinal);
        var limit = AgentClaraCapabilities.MaxPageSize;
        for (var offset = 0; ; offset += limit)
        {
            var pageOffset = offset;
            var envelope = await caller.SendAsync(ct => api.ListContactsAsync(limit, pageOffset, null, null, "created", ct), cancellationToken)
                .ConfigureAwait(false);
            foreach (var resource in envelope.Data.Where(resource => batch.Contains(resource.Id)))
            {
                present.Add(resource.Id);
            }

            if (envelope.Data.Count < limit || envelope.Pagination?.HasMore == false || present.Count == batch.Count)
            {
                return present;
            }
        }
    }

    public async Task<ContactChange?> ResolveAbsentAsync(string id, CancellationToken cancellationToken)
    {
        var envelope = await caller.SendOrNullIfNotFoundAsync(ct => api.GetContactAsync(id, ct), cancellationToken).ConfigureAwait(false);
        return envelope is not null ? null : new ContactChange
        {
            Vendor = Vendor,
            ContactId = id,
            Kind = ContactChangeKind.Deleted,
            Origin = ContactChangeOrigin.Reconciliation,
        };
    }

    public bool IsValidPosition(string position) => int.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    // The reader checked the position before the first request.
    private static int ParsePosition(string? position)
        => string.IsNullOrEmpty(position) ? 0 : int.Parse(position, NumberStyles.None, CultureInfo.InvariantCulture);
}
