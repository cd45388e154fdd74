using System.Globalization;
using ContactsSdk.Diagnostics;
using ContactsSdk.Internal;
using ContactsSdk.Paging;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>The deleted-customers history behind <see cref="IEcwidContactsClient.DeletedCustomers"/>.</summary>
internal sealed class EcwidDeletedCustomersClient(IEcwidApi api, VendorApiCaller caller) : IEcwidDeletedCustomersClient
{
    /// <inheritdoc/>
    public Pageable<EcwidDeletedCustomer> ListAsync(DateTimeOffset? deletedFrom = null, DateTimeOffset? deletedTo = null, CancellationToken cancellationToken = default)
    {
        if (deletedFrom is { } from && deletedTo is { } to)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(to, from, nameof(deletedTo));
        }

        var fromSeconds = EcwidMapper.ToUnixSeconds(deletedFrom);
        var toSeconds = EcwidMapper.ToUnixSeconds(deletedTo);
        var scope = ListingScope.Fingerprint(
            "deleted_customers", fromSeconds?.ToString(CultureInfo.InvariantCulture), toSeconds?.ToString(CultureInfo.InvariantCulture));
        return OffsetListing.Create(
            OffsetListing.Settings(ContactsVendor.Ecwid, ContactsOperations.DeletedCustomersList, scope, EcwidCapabilities.MaxPageSize, EcwidCapabilities.MaxPageSize),
            (offset, size, ct) => ListPageAsync(fromSeconds, toSeconds, offset, size, ct),
            deleted => deleted.Id.ToString(CultureInfo.InvariantCulture),
            cancellationToken);
    }

    private async Task<OffsetPage<EcwidDeletedCustomer>> ListPageAsync(long? fromSeconds, long? toSeconds, int offset, int size, CancellationToken cancellationToken)
    {
        var result = await caller.SendAsync(ct => api.SearchDeletedCustomersAsync(fromSeconds, toSeconds, offset, size, ct), cancellationToken).ConfigureAwait(false);
        return new OffsetPage<EcwidDeletedCustomer>([.. result.Items.Select(EcwidMapper.ToDeleted)], result.Total);
    }
}
