using System.Text.Json;
using ContactsSdk.Internal;
using ContactsSdk.Paging;
using ContactsSdk.Vendors.AgentClara.Models;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>
/// Fetches pages of one contact listing. AgentClara filters by search and tag; the exact email match and the time
/// bounds are applied here, and a time bound on the field the listing is sorted by (newest first) ends the listing early.
/// </summary>
internal sealed class AgentClaraContactListing(IAgentClaraApi api, VendorApiCaller caller, ContactQuery query)
{

    private readonly string? _search = query.Search ?? query.Email;
    private readonly string _sort = AgentClaraMapper.ToSort(query.SortBy);

    // Tags are written in normal form C, so the filter asks in that form too.
    private readonly string? _tag = query.Tag is null ? null : TagLists.Normalize(query.Tag);

    public async Task<PageResult<Contact>> FetchAsync(string? position, int pageSize, CancellationToken cancellationToken)
    {
        var offset = OffsetPositions.Parse(position);
        var (contacts, pagination) = query.IncludeRaw
            ? await FetchRawAsync(offset, pageSize, cancellationToken).ConfigureAwait(false)
            : await FetchTypedAsync(offset, pageSize, cancellationToken).ConfigureAwait(false);

        var next = OffsetPositions.Next(offset, contacts.Count, pageSize, pagination?.HasMore);
        if (contacts.Count > 0 && PassedTimeBound(contacts[^1]))
        {
            next = null;
        }

        // Filters applied here are rare; without one, the page goes on as it is instead of being copied.
        IReadOnlyList<Contact> items = HasLocalFilter ? [.. contacts.Where(Matches)] : contacts;
        return new PageResult<Contact>(items, next, pagination?.Total);
    }

    private async Task<(List<Contact>, AgentClaraPagination?)> FetchTypedAsync(int offset, int pageSize, CancellationToken cancellationToken)
    {
        var envelope = await caller.SendAsync(ct => api.ListContactsAsync(pageSize, offset, _search, _tag, _sort, ct), cancellationToken).ConfigureAwait(false);
        var resources = envelope.Data;
        var contacts = new List<Contact>(resources.Count);
        foreach (var resource in resources)
        {
            contacts.Add(AgentClaraMapper.ToContact(resource));
        }

        return (contacts, envelope.Pagination);
    }

    private async Task<(List<Contact>, AgentClaraPagination?)> FetchRawAsync(int offset, int pageSize, CancellationToken cancellationToken)
    {
        var envelope = await caller.SendAsync(ct => api.ListRawContactsAsync(pageSize, offset, _search, _tag, _sort, ct), cancellationToken).ConfigureAwait(false);
        return ([.. envelope.Data.Select(ToContactWithRaw)], envelope.Pagination);
    }

    private Contact ToContactWithRaw(JsonElement element)
    {
        var resource = caller.Read(element, AgentClaraJsonContext.Default.AgentClaraContactResource);
        return AgentClaraMapper.ToContact(resource, element);
    }

    private bool HasLocalFilter => query.Email is not null || query.CreatedSince is not null || query.UpdatedSince is not null;

    private bool Matches(Contact contact)
        => (query.Email is null || string.Equals(contact.PrimaryEmail, query.Email, StringComparison.OrdinalIgnoreCase))
            && (query.CreatedSince is null || contact.CreatedAt >= query.CreatedSince)
            && (query.UpdatedSince is null || contact.UpdatedAt >= query.UpdatedSince);

    // Times sort newest first, so once the last item is older than the bound on the sorted field, no later page can match.
    private bool PassedTimeBound(Contact last)
        => query.SortBy switch
        {
            ContactSortField.Created => query.CreatedSince is { } since && last.CreatedAt < since,
            ContactSortField.Updated => query.UpdatedSince is { } since && last.UpdatedAt < since,
            _ => false,
        };
}
