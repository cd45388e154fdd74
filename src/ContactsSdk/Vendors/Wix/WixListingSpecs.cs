using System.Text.Json.Nodes;
using ContactsSdk.Diagnostics;
using ContactsSdk.Errors;
using ContactsSdk.Internal;
using ContactsSdk.Paging;

namespace ContactsSdk.Vendors.Wix;

/// <summary>Turns the two ways to list Wix contacts — the facade's <see cref="ContactQuery"/> and a <see cref="WixContactQuery"/> — into one listing spec and its pager settings.</summary>
internal static class WixListingSpecs
{
    public const int DefaultPageSize = 100;
    private const int MaxSearchLength = 100;

    public static (WixListingSpec Spec, PagerSettings Settings) ForFacade(ContactQuery query, WixContactResolver resolver)
    {
        Guard.Query(query, nameof(query));
        var sortField = query.SortBy switch
        {
            ContactSortField.Created => WixContactFields.CreatedDate,
            ContactSortField.Name => WixContactFields.FirstName,
            _ => throw new UnsupportedContactOperationException(ContactsVendor.Wix, $"sorting by {query.SortBy}").Stamp(ContactsVendor.Wix, ContactsOperations.List),
        };
        GuardSearch(query.Search, nameof(query));
        var spec = new WixListingSpec(
            ct => FacadeFilterAsync(query, resolver, ct), query.Search, sortField, query.Descending ?? false,
            query.IncludeRaw ? null : WixListingSpec.FacadeFields, query.IncludeRaw ? ["FULL"] : null, query.IncludeRaw);
        return (spec, PagerSettings.ForContacts(ContactsVendor.Wix, query, DefaultPageSize, WixCapabilities.MaxPageSize, null));
    }

    public static (WixListingSpec Spec, PagerSettings Settings) ForQuery(WixContactQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(query.SortField, nameof(query));
        if (query.PageSizeHint is < 1 or > WixCapabilities.MaxPageSize || query.MaxItems is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "PageSizeHint must be 1–1000 and MaxItems cannot be negative.");
        }

        GuardSearch(query.Search, nameof(query));
        var keyset = query.SortField == WixAssumptions.KeysetSortField;
        IReadOnlyList<string>? fields = query.Fieldsets is null ? (query.IncludeRaw ? null : WixListingSpec.FacadeFields) : keyset ? ["createdDate"] : null;
        var fieldsets = query.Fieldsets ?? (query.IncludeRaw ? ["FULL"] : null);
        var filter = query.Filter?.ToNode();
        var spec = new WixListingSpec(_ => Task.FromResult(filter), query.Search, query.SortField, query.Descending, fields, fieldsets, query.IncludeRaw);
        var scope = ListingScope.Fingerprint(
            "wix-query", filter?.ToJsonString(), query.Search, query.SortField, query.Descending.ToString(), string.Join(',', fieldsets ?? []));
        var settings = new PagerSettings(ContactsVendor.Wix, scope, query.PageSizeHint ?? DefaultPageSize, WixCapabilities.MaxPageSize, query.MaxItems, null)
        {
            Operation = ContactsOperations.List,
        };
        return (spec, settings);
    }

    private static void GuardSearch(string? search, string paramName)
    {
        if (search is { Length: > MaxSearchLength })
        {
            throw new ArgumentException($"Wix searches at most {MaxSearchLength} characters.", paramName);
        }
    }

    private static async Task<JsonObject?> FacadeFilterAsync(ContactQuery query, WixContactResolver resolver, CancellationToken cancellationToken)
    {
        var parts = new List<JsonObject>();
        if (query.Tag is { } tag)
        {
            var key = await resolver.FindLabelKeyAsync(tag, cancellationToken).ConfigureAwait(false);
            if (key is null)
            {
                return new JsonObject { [WixListingSpec.NoMatch] = true };
            }

            parts.Add(WixFilter.HasSome(WixContactFields.LabelKeys, key).ToNode());
        }

        if (query.Email is { } email)
        {
            parts.Add(WixFilter.Eq(WixContactFields.Email, email).ToNode());
        }

        if (query.CreatedSince is { } created)
        {
            parts.Add(WixFilter.Gte(WixContactFields.CreatedDate, created).ToNode());
        }

        if (query.UpdatedSince is { } updated)
        {
            parts.Add(WixFilter.Gte(WixContactFields.UpdatedDate, updated).ToNode());
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new JsonObject { ["$and"] = new JsonArray([.. parts]) },
        };
    }
}
