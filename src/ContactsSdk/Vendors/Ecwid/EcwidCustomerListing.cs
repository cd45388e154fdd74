using System.Globalization;
using System.Text.Json;
using ContactsSdk.Errors;
using ContactsSdk.Internal;
using ContactsSdk.Paging;
using ContactsSdk.Vendors.Ecwid.Models;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>
/// Fetches pages of one customer listing. Sorted by registration date, it pages by key: each request bounds the
/// registration date (<c>createdFrom</c>, or <c>createdTo</c> newest first) at the last second seen and skips the
/// customers of that second already yielded, so customers added or removed elsewhere never shift it. Other sorts page
/// by offset, with repeats dropped by the pager.
/// </summary>
/// <remarks>
/// A key position is <c>k{unixSeconds}:{skip}:{ids}</c>. Only customers registered in that same second and deleted between
/// two pages can shift what follows; the request re-reads up to <see cref="Overlap"/> of them, and the position carries
/// their ids so they are dropped even when the listing resumes from a token elsewhere: up to that many such deletions
/// skip no one, and nothing is repeated. [UNCONFIRMED §5.1] <c>createdFrom</c>/<c>createdTo</c>
/// are taken as inclusive, and customers registered in the same second as coming back in a stable order.
/// </remarks>
internal sealed class EcwidCustomerListing(IEcwidApi api, VendorApiCaller caller, ContactQuery query)
{
    /// <summary>How many already-yielded customers of the boundary second each key request re-reads.</summary>
    public const int Overlap = 5;


    private readonly bool _descending = query.Descending ?? false;
    private readonly bool _byKey = query.SortBy == ContactSortField.Created;

    public Func<string?, int, string>? PositionAfterItems => _byKey ? null : OffsetPositions.After;

    public Task<PageResult<Contact>> FetchAsync(string? position, int pageSize, CancellationToken cancellationToken)
        => _byKey ? FetchByKeyAsync(position, pageSize, cancellationToken) : FetchByOffsetAsync(position, pageSize, cancellationToken);

    // Other sorts page by offset, through the one offset-listing helper.
    private Task<PageResult<Contact>> FetchByOffsetAsync(string? position, int pageSize, CancellationToken cancellationToken)
        => OffsetListing.Fetcher<Contact>(SearchPageAsync)(position, pageSize, cancellationToken);

    private async Task<OffsetPage<Contact>> SearchPageAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        var (customers, total) = await SearchAsync(null, offset, limit, cancellationToken).ConfigureAwait(false);
        return new OffsetPage<Contact>(customers, total);
    }

    private async Task<PageResult<Contact>> FetchByKeyAsync(string? position, int pageSize, CancellationToken cancellationToken)
    {
        var key = ParseKey(position);
        var overlap = Math.Min(Overlap, key.Skip);
        var limit = Math.Min(pageSize + overlap, EcwidCapabilities.MaxPageSize);
        overlap = Math.Min(overlap, limit - 1);
        var offset = key.Skip - overlap;
        var (customers, total) = await SearchAsync(key.Second, offset, limit, cancellationToken).ConfigureAwait(false);

        // The overlap re-reads customers of the boundary second that were already yielded (the token names them), so a
        // listing resumed from a token on another machine repeats none of them.
        var unseen = Enumerable.Range(0, customers.Count).Where(i => !key.Yielded.Contains(customers[i].Id)).ToList();
        var fresh = unseen.Count > pageSize ? unseen.GetRange(0, pageSize) : unseen;

        // The listing ends only when this page yields every unseen customer it read (when yielded ones were deleted, more
        // than a page may be unseen) and the vendor has no more: a short page, or — Ecwid's total counting every match
        // from the bound second on — a full page that reaches it.
        var yieldsAllRead = fresh.Count == unseen.Count;
        if (yieldsAllRead && (customers.Count < limit || OffsetPositions.StopAtTotal(offset, customers.Count, total) == false))
        {
            return new PageResult<Contact>([.. fresh.Select(i => customers[i])], null, total);
        }

        var lastIndex = fresh.Count > 0 ? fresh[^1] : customers.Count - 1;
        return new PageResult<Contact>([.. fresh.Select(i => customers[i])], NextKey(customers, lastIndex, key, offset), total);
    }

    // The key after customers[lastIndex]: its second, how many customers of that second come before the next page, and
    // the ids of the last few of them (what the next request re-reads).
    private static string NextKey(List<Contact> customers, int lastIndex, KeyPosition key, int offset)
    {
        var last = SecondOf(customers[lastIndex]);
        var atLast = customers.Take(lastIndex + 1).Where(customer => SecondOf(customer) == last).Select(customer => customer.Id).ToList();
        var skip = (last == key.Second ? offset : 0) + atLast.Count;
        var earlier = last == key.Second ? key.Yielded : [];
        // The next request re-reads at most this many, so no more ids are worth carrying.
        var yielded = earlier.Concat(atLast).Distinct(StringComparer.Ordinal).TakeLast(Math.Min(Overlap, skip));
        return FormatKey(last, skip, yielded);
    }

    private async Task<(List<Contact> Customers, long? Total)> SearchAsync(long? boundSecond, int offset, int limit, CancellationToken cancellationToken)
    {
        var createdFrom = EcwidMapper.ToUnixSeconds(query.CreatedSince);
        long? createdTo = null;
        if (boundSecond is { } bound)
        {
            if (_descending)
            {
                createdTo = bound;
            }
            else
            {
                createdFrom = Math.Max(createdFrom ?? bound, bound);
            }
        }

        var sortBy = EcwidMapper.ToSortBy(query.SortBy, _descending);
        var exactEmail = query.Email is null ? null : "true";
        var updatedFrom = EcwidMapper.ToUnixSeconds(query.UpdatedSince);
        if (!query.IncludeRaw)
        {
            // Without Raw there is no element to keep, so the page is read straight into records, once.
            var typed = await caller.SendAsync(ct => api.SearchCustomerResourcesAsync(
                    query.Search, query.Email, exactEmail, createdFrom, createdTo, updatedFrom, sortBy, offset, limit, ct),
                cancellationToken).ConfigureAwait(false);
            return (ToContacts(typed.Items), typed.Total);
        }

        var result = await caller.SendAsync(ct => api.SearchCustomersAsync(
                query.Search, query.Email, exactEmail, createdFrom, createdTo, updatedFrom, sortBy, offset, limit, ct),
            cancellationToken).ConfigureAwait(false);
        return ([.. result.Items.Select(ToContactWithRaw)], result.Total);
    }

    private static List<Contact> ToContacts(List<EcwidCustomerResource> items)
    {
        var contacts = new List<Contact>(items.Count);
        foreach (var resource in items)
        {
            contacts.Add(EcwidMapper.ToContact(resource));
        }

        return contacts;
    }

    private Contact ToContactWithRaw(JsonElement element)
    {
        var resource = caller.Read(element, EcwidJsonContext.Default.EcwidCustomerResource);
        return EcwidMapper.ToContact(resource, element.Clone());
    }

    private static long SecondOf(Contact contact)
        => contact.CreatedAt?.ToUnixTimeSeconds() ?? throw new ContactsException($"Ecwid customer {contact.Id} has no registration date to page by.")
        {
            Vendor = ContactsVendor.Ecwid,
        };

    private static string FormatKey(long second, int skip, IEnumerable<string> yielded)
        => string.Create(CultureInfo.InvariantCulture, $"k{second}:{skip}:{string.Join(',', yielded)}");

    /// <summary>Gets whether a position is one this listing writes: an offset, or a key sorted by registration date.</summary>
    public bool IsValidPosition(string position) => _byKey ? TryParseKey(position, out _) : OffsetPositions.IsValid(position);

    private static KeyPosition ParseKey(string? position)
        => position is null ? new KeyPosition(null, 0, [])
            : TryParseKey(position, out var key) ? key
            : throw new ArgumentException("The continuation token holds no valid Ecwid position.", nameof(position));

    // k{unix seconds}:{customers of that second already yielded}:{ids of the last of them, at most Overlap}; tokens
    // written before the ids were carried (k{seconds}:{skip}) still resume, relying on the pager to drop repeats.
    private static bool TryParseKey(string position, out KeyPosition key)
    {
        key = new KeyPosition(null, 0, []);
        var parts = position.StartsWith('k') ? position[1..].Split(':') : [];
        if (parts.Length == 2)
        {
            parts = [.. parts, string.Empty];
        }

        if (parts.Length != 3
            || !long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var second)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var skip))
        {
            return false;
        }

        var ids = parts[2].Length == 0 ? [] : parts[2].Split(',');
        if (ids.Length > Math.Min(Overlap, skip) || !ids.All(id => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0))
        {
            return false;
        }

        key = new KeyPosition(second, skip, [.. ids]);
        return true;
    }

    /// <summary>A key position: the boundary second, how many of its customers were yielded, and the ids of the last of them.</summary>
    private sealed record KeyPosition(long? Second, int Skip, List<string> Yielded);
}
