using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ContactsSdk.Changes;
using ContactsSdk.Diagnostics;
using ContactsSdk.Internal;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Wix's change feed: Query Contacts filtered on <c>updatedDate</c> in the window. <c>updatedDate</c> can be filtered but
/// not sorted (spec B.5), so the window is read sorted by the immutable <c>createdDate</c>, paging by key
/// (<c>createdDate $gte</c> the last one read, dropping the ids already read at that instant): a contact updated meanwhile
/// leaves the window without shifting another out of reach. A page that is all one <c>createdDate</c> (a bulk import)
/// steps through that instant by offset. Wix keeps no delete history: reconciliation finds deletes and merges.
/// </summary>
internal sealed class WixChangeFeed(IWixApi api, VendorApiCaller caller, WixContactResolver resolver, string account) : IChangeSource, IReconcileSource
{
    /// <summary>How many known ids one reconciliation query checks (<c>id $in</c>).</summary>
    internal const int ReconcileBatch = 100;

    /// <summary>The <c>responseType</c> of a Get Contact on an id merged into another (spec §4.2).</summary>
    internal const string MergedResponseType = "MERGED";

    public ContactsVendor Vendor => ContactsVendor.Wix;

    public string Account => account;

    public int MaxPageSize => WixCapabilities.MaxPageSize;

    public bool KeepsDeletedHistory => false;

    public int BatchSize => ReconcileBatch;

    public Task<DateTimeOffset?> ServerNowAsync(CancellationToken cancellationToken)
        => ServerTime.ProbeAsync(caller, ct => api.QueryContactsAsync(Body(null, 1, 0, fields: null), ct), cancellationToken);

    public void CheckRetention(ChangeFeedCheckpointState since, DateTimeOffset serverNow)
    {
        // Wix's filter reaches any age: nothing to refuse.
    }

    public async IAsyncEnumerable<SourcedChange> ReadAsync(ChangeWindow window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (cursor, offset) = ParsePosition(window.Position);
        var atCursor = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var (since, pageOffset) = (cursor, offset);
            var body = Body(Filter(window, since), window.PageSize, pageOffset, WixListingSpec.FacadeFields);
            var contacts = await ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.GetChanges, ct => FetchAsync(body, ct), cancellationToken)
                .ConfigureAwait(false);
            foreach (var resource in contacts)
            {
                var created = Time(resource);
                if (created == since && atCursor.Contains(resource.Id))
                {
                    continue;
                }

                var position = created == since ? Cursor(since, pageOffset) : Cursor(created, 0);
                yield return new SourcedChange(Change(resource, window), position);
            }

            if (contacts.Count < window.PageSize)
            {
                yield break;
            }

            var last = Time(contacts[^1]);
            if (last == since)
            {
                // The whole page shares one createdDate: step through that instant by offset.
                offset += contacts.Count;
                continue;
            }

            cursor = last;
            offset = 0;
            atCursor.Clear();
            atCursor.UnionWith(contacts.Where(resource => Time(resource) == last).Select(resource => resource.Id));
        }
    }

    // A page and the label and field names it needs: one observation, one span.
    private async Task<List<WixContactResource>> FetchAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var page = await caller.SendAsync(ct => api.QueryContactsAsync(body, ct), cancellationToken).ConfigureAwait(false);
        var contacts = page.Contacts ?? [];
        await resolver.EnsureNamesAsync(contacts, cancellationToken).ConfigureAwait(false);
        return contacts;
    }

    private ContactChange Change(WixContactResource resource, ChangeWindow window)
        => new()
        {
            Vendor = ContactsVendor.Wix,
            ContactId = resource.Id,
            Kind = window.KindOf(resource.CreatedDate),
            ChangedAt = resource.UpdatedDate,
            Contact = resolver.ToContact(resource),
            Origin = ContactChangeOrigin.Poll,
        };

    public void CheckId(string id, string paramName) => Guard.Id(id, WixRules.ContactId(), "Wix contact id (a GUID)", paramName);

    public async Task<IReadOnlySet<string>> FindPresentAsync(IReadOnlyCollection<string> batch, CancellationToken cancellationToken)
    {
        var filter = new JsonObject { ["id"] = new JsonObject { ["$in"] = new JsonArray([.. batch.Select(id => (JsonNode?)id)]) } };
        var page = await caller.SendAsync(ct => api.QueryContactsAsync(Body(filter, batch.Count, 0, fields: null), ct), cancellationToken).ConfigureAwait(false);
        return (page.Contacts ?? []).Select(resource => resource.Id).ToHashSet(StringComparer.Ordinal);
    }

    public async Task<ContactChange?> ResolveAbsentAsync(string id, CancellationToken cancellationToken)
    {
        var envelope = await caller.SendOrNullIfNotFoundAsync(ct => api.GetContactAsync(id, ct), cancellationToken).ConfigureAwait(false);
        if (envelope is null)
        {
            return new ContactChange { Vendor = Vendor, ContactId = id, Kind = ContactChangeKind.Deleted, Origin = ContactChangeOrigin.Reconciliation };
        }

        if (string.Equals(envelope.ResponseType, MergedResponseType, StringComparison.OrdinalIgnoreCase) && envelope.Contact.Id != id)
        {
            return new ContactChange
            {
                Vendor = Vendor,
                ContactId = id,
                Kind = ContactChangeKind.Merged,
                MergeTargetId = envelope.Contact.Id,
                Origin = ContactChangeOrigin.Reconciliation,
            };
        }

        return null;
    }

    private static JsonObject Filter(ChangeWindow window, string? since)
    {
        var updated = new JsonObject { ["$lt"] = WixFilter.FormatTime(window.To) };
        if (window.From is { } from)
        {
            updated["$gte"] = WixFilter.FormatTime(from);
        }

        var byUpdate = new JsonObject { [WixContactFields.UpdatedDate] = updated };
        return since is null
            ? byUpdate
            : new JsonObject
            {
                ["$and"] = new JsonArray(byUpdate, new JsonObject { [WixContactFields.CreatedDate] = new JsonObject { ["$gte"] = since } }),
            };
    }

    // Without fields, the BASIC fieldset: the id is all a probe or a reconciliation needs.
    private static JsonObject Body(JsonObject? filter, int limit, int offset, IReadOnlyList<string>? fields)
    {
        var query = new JsonObject
        {
            ["sort"] = new JsonArray(new JsonObject { ["fieldName"] = WixContactFields.CreatedDate, ["order"] = "ASC" }),
            ["paging"] = new JsonObject { ["limit"] = limit, ["offset"] = offset },
        };
        if (fields is null)
        {
            query["fieldsets"] = new JsonArray("BASIC");
        }
        else
        {
            query["fields"] = new JsonArray([.. fields.Select(field => (JsonNode?)field)]);
        }

        if (filter is not null)
        {
            query["filter"] = filter;
        }

        return new JsonObject { ["query"] = query };
    }

    private static string? Time(WixContactResource resource)
        => resource.CreatedDate is { } created ? WixFilter.FormatTime(created) : null;

    // {createdDate as Wix writes it}|{offset inside that instant}; empty for the window's start.
    private static string Cursor(string? since, int offset)
        => since is null ? string.Empty : since + "|" + offset.ToString(CultureInfo.InvariantCulture);

    public bool IsValidPosition(string position) => TryParsePosition(position, out _, out _);

    // The reader checked the position before the first request.
    private static (string? Since, int Offset) ParsePosition(string? position)
        => TryParsePosition(position, out var since, out var offset) ? (since, offset) : throw new FormatException("Not a Wix feed position.");

    private static bool TryParsePosition(string? position, out string? since, out int offset)
    {
        (since, offset) = (null, 0);
        if (string.IsNullOrEmpty(position))
        {
            return true;
        }

        var parts = position.Split('|');
        if (parts.Length != 2
            || !DateTimeOffset.TryParseExact(parts[0], WixFilter.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            return false;
        }

        since = parts[0];
        return true;
    }
}
