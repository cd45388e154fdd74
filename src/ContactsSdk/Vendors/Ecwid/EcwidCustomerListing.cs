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
/// A key position is <c>k{unixSeconds}:{skip}</c>. Only customers registered in that same second and deleted between
/// two pages can shift what follows; the request re-reads up to <see cref="Overlap"/> of them, which the pager drops as
/// repeats, so up to that many such deletions still skip no one. [UNCONFIRMED §5.1] <c>createdFrom</c>/<c>createdTo</c>
/// are taken as inclusive, and customers registered in the same second as coming back in a stable order.
/// </remarks>
internal sealed class EcwidCustomerListing(IEcwidApi api, VendorApiCaller caller, ContactQuery query)
{
    /// <summary>How many already-yielded customers of the boundary second each key request re-reads.</summary>
    public const int Overlap = 5;

    private const string Operation = "ListCustomers";

    private readonly bool _descending = query.Descending ?? false;
    private readonly bool _byKey = query.SortBy == ContactSortField.Created;

    public Func<string?, int, string>? PositionAfterItems => _byKey ? null : OffsetPositions.After;

    public Task<PageResult<Contact>> FetchAsync(string? position, int pageSize, CancellationToken cancellationToken)
        => _byKey ? FetchByKeyAsync(position, pageSize, cancellationToken) : FetchByOffsetAsync(position, pageSize, cancellationToken);

    private async Task<PageResult<Contact>> FetchByOffsetAsync(string? position, int pageSize, CancellationToken cancellationToken)
    {
        var offset = OffsetPositions.Parse(position);
        var (customers, total) = await SearchAsync(null, offset, pageSize, cancellationToken).ConfigureAwait(false);
        return new PageResult<Contact>(customers, OffsetPositions.NextWithinTotal(offset, customers.Count, pageSize, total), total);
    }

    private async Task<PageResult<Contact>> FetchByKeyAsync(string? position, int pageSize, CancellationToken cancellationToken)
    {
        var (second, skip) = ParseKey(position);
        var overlap = Math.Min(Overlap, skip);
        var limit = Math.Min(pageSize + overlap, EcwidCapabilities.MaxPageSize);
        overlap = Math.Min(overlap, limit - 1);
        var offset = skip - overlap;
        var (customers, total) = await SearchAsync(second, offset, limit, cancellationToken).ConfigureAwait(false);
        // Ecwid's total counts every match from the bound second on, so a full page that reaches it was the last one.
        if (customers.Count < limit || customers.Count == 0 || OffsetPositions.StopAtTotal(offset, customers.Count, total) == false)
        {
            return new PageResult<Contact>(customers, null, total);
        }

        var last = SecondOf(customers[^1]);
        var atLast = customers.Count(customer => SecondOf(customer) == last);
        var nextSkip = (last == second ? offset : 0) + atLast;
        return new PageResult<Contact>(customers, FormatKey(last, nextSkip), total);
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
            var typed = await caller.SendAsync(
                Operation,
                ct => api.SearchCustomerResourcesAsync(
                    query.Search, query.Email, exactEmail, createdFrom, createdTo, updatedFrom, sortBy, offset, limit, ct),
                cancellationToken).ConfigureAwait(false);
            return (ToContacts(typed.Items), typed.Total);
        }

        var result = await caller.SendAsync(
            Operation,
            ct => api.SearchCustomersAsync(
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
        var resource = caller.Read(Operation, element, EcwidJsonContext.Default.EcwidCustomerResource);
        return EcwidMapper.ToContact(resource, element.Clone());
    }

    private static long SecondOf(Contact contact)
        => contact.CreatedAt?.ToUnixTimeSeconds() ?? throw new ContactsException($"Ecwid customer {contact.Id} has no registration date to page by.")
        {
            Vendor = ContactsVendor.Ecwid,
            Operation = Operation,
        };

    private static string FormatKey(long second, int skip)
        => string.Create(CultureInfo.InvariantCulture, $"k{second}:{skip}");

    private static (long? Second, int Skip) ParseKey(string? position)
    {
        if (position is null)
        {
            return (null, 0);
        }

        var parts = position.StartsWith('k') ? position[1..].Split(':') : [];
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var second)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var skip)
            ? (second, skip)
            : throw new ArgumentException("The continuation token holds no valid Ecwid position.", nameof(position));
    }
}
