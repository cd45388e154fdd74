using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Internal;
using ContactsSdk.Paging;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Fetches pages of one Query Contacts listing. Sorted by <c>createdDate</c>, it pages by key: each page asks for
/// contacts created at or after (before, descending) the last one seen, skipping the ids already seen at that instant,
/// so inserts and deletes between pages never make it skip or repeat a contact. Any other sort pages by offset, with
/// repeats dropped by the pager.
/// </summary>
internal sealed class WixContactListing(WixListingSpec spec, IWixApi api, VendorApiCaller caller, WixContactResolver resolver)
{
    private const string KeyPrefix = "k|";

    private readonly bool _keyset = spec.SortField == WixAssumptions.KeysetSortField;
    private Task<JsonObject?>? _filter;

    public async Task<PageResult<Contact>> FetchAsync(string? position, int pageSize, CancellationToken cancellationToken)
    {
        _filter ??= spec.Filter(cancellationToken);
        var filter = await _filter.ConfigureAwait(false);
        if (filter is not null && filter.ContainsKey(WixListingSpec.NoMatch))
        {
            return new PageResult<Contact>([], null, 0);
        }

        var (since, seen, offset) = Parse(position);
        var limit = Math.Min(pageSize + seen.Count, WixCapabilities.MaxPageSize);
        var body = Body(KeyFilter(filter, since), limit, offset);
        var (resources, raws, metadata) = await SendAsync(body, cancellationToken).ConfigureAwait(false);

        var unseen = Enumerable.Range(0, resources.Count).Where(i => !seen.Contains(resources[i].Id)).ToList();
        var fresh = unseen.Take(pageSize).ToList();
        var next = resources.Count < limit || fresh.Count == 0 || YieldsTheRest(metadata, offset + resources.Count, fresh.Count == unseen.Count) ? null
            : _keyset ? NextKey(resources, fresh, since, seen)
            : OffsetPositions.After(null, offset + resources.Count);
        await resolver.EnsureNamesAsync(fresh.Select(i => resources[i]), cancellationToken).ConfigureAwait(false);
        return new PageResult<Contact>([.. fresh.Select(i => resolver.ToContact(resources[i], raws?[i], spec.LoadsExtendedFields))], next, metadata?.Total);
    }

    // Wix counts what the query matches (in key mode: from the resume time on): a page that reaches that count and yields
    // every unseen contact it read is the last, so a full last page needs no further, empty request.
    private static bool YieldsTheRest(WixPagingMetadata? metadata, int readThrough, bool yieldsEveryUnseen)
        => yieldsEveryUnseen && metadata?.Total is { } total && readThrough >= total;

    private (string? Since, HashSet<string> Seen, int Offset) Parse(string? position)
    {
        if (position is null)
        {
            return (null, [], 0);
        }

        if (!_keyset)
        {
            return (null, [], OffsetPositions.Parse(position));
        }

        return TryParseKey(position, out var since, out var seen)
            ? (since, seen, 0)
            : throw new ArgumentException("The continuation token holds no valid Wix position.", nameof(position));
    }

    /// <summary>Gets whether a position is one this listing writes: an offset, or a creation time with the contact ids seen at it.</summary>
    public bool IsValidPosition(string position) => _keyset ? TryParseKey(position, out _, out _) : OffsetPositions.IsValid(position);

    // k|{createdDate as Wix writes it, or empty}|{ids of the contacts already yielded at that instant}
    private static bool TryParseKey(string position, out string since, out HashSet<string> seen)
    {
        since = string.Empty;
        seen = [];
        var parts = position.Split('|');
        if (parts.Length != 3 || parts[0] + "|" != KeyPrefix)
        {
            return false;
        }

        var ids = parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries);
        var timeOk = parts[1].Length == 0 || DateTimeOffset.TryParseExact(
            parts[1], WixFilter.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
        if (!timeOk || !ids.All(id => WixRules.ContactId().IsMatch(id)))
        {
            return false;
        }

        since = parts[1];
        seen = [.. ids];
        return true;
    }

    private static string NextKey(List<WixContactResource> resources, List<int> fresh, string? since, HashSet<string> seen)
    {
        var lastTime = Time(resources[fresh[^1]]);
        var atLast = fresh.Select(i => resources[i]).Where(resource => Time(resource) == lastTime).Select(resource => resource.Id);
        var carried = lastTime == since ? seen : [];
        return KeyPrefix + lastTime + "|" + string.Join(',', carried.Concat(atLast).Distinct(StringComparer.Ordinal));
    }

    private static string Time(WixContactResource resource)
        => resource.CreatedDate is { } created ? WixFilter.FormatTime(created) : string.Empty;

    private JsonObject? KeyFilter(JsonObject? filter, string? since)
    {
        if (since is null)
        {
            return filter;
        }

        var bound = new JsonObject { [WixAssumptions.KeysetSortField] = new JsonObject { [spec.Descending ? "$lte" : "$gte"] = since } };
        return filter is null ? bound : new JsonObject { ["$and"] = new JsonArray(filter.DeepClone(), bound) };
    }

    private JsonObject Body(JsonObject? filter, int limit, int offset)
    {
        var query = new JsonObject
        {
            ["sort"] = new JsonArray(new JsonObject { ["fieldName"] = spec.SortField, ["order"] = spec.Descending ? "DESC" : "ASC" }),
            ["paging"] = new JsonObject { ["limit"] = limit, ["offset"] = offset },
        };
        if (filter is not null)
        {
            query["filter"] = filter.DeepClone();
        }

        if (spec.Fields is { Count: > 0 } fields)
        {
            query["fields"] = new JsonArray([.. fields.Select(field => (JsonNode?)field)]);
        }

        if (spec.Fieldsets is { Count: > 0 } fieldsets)
        {
            query["fieldsets"] = new JsonArray([.. fieldsets.Select(set => (JsonNode?)set)]);
        }

        var body = new JsonObject { ["query"] = query };
        if (!string.IsNullOrWhiteSpace(spec.Search))
        {
            body["search"] = spec.Search;
        }

        return body;
    }

    private async Task<(List<WixContactResource>, List<JsonElement>?, WixPagingMetadata?)> SendAsync(JsonObject body, CancellationToken cancellationToken)
    {
        if (!spec.IncludeRaw)
        {
            var page = await caller.SendAsync(ct => api.QueryContactsAsync(body, ct), cancellationToken).ConfigureAwait(false);
            return (page.Contacts ?? [], null, page.PagingMetadata);
        }

        var raw = await caller.SendAsync(ct => api.QueryRawContactsAsync(body, ct), cancellationToken).ConfigureAwait(false);
        var elements = raw.Contacts ?? [];
        var resources = elements.Select(element => caller.Read(element, WixJsonContext.Default.WixContactResource)).ToList();
        return (resources, elements, raw.PagingMetadata);
    }
}
