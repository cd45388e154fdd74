using System.Globalization;
using ContactsSdk.Diagnostics;
using ContactsSdk.Errors;
using ContactsSdk.Internal;
using ContactsSdk.Paging;
using ContactsSdk.Vendors.Ecwid.Models;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>
/// The customer-contact endpoints: the public <see cref="IEcwidCustomerContactsClient"/>, and the requests the facade's
/// channel operations in <see cref="EcwidContactsClient"/> share with it.
/// </summary>
internal sealed class EcwidCustomerContactsClient(IEcwidApi api, VendorApiCaller caller) : IEcwidCustomerContactsClient
{
    private const ContactsVendor Vendor = ContactsVendor.Ecwid;

    /// <inheritdoc/>
    public Pageable<EcwidCustomerContact> ListAsync(long customerId, CancellationToken cancellationToken = default)
    {
        EcwidRules.PositiveId(customerId, nameof(customerId));
        var scope = ListingScope.Fingerprint("customer_contacts", customerId.ToString(CultureInfo.InvariantCulture));
        return OffsetListing.Create(
            OffsetListing.Settings(Vendor, ContactsOperations.CustomerContactsList, scope, EcwidCapabilities.MaxPageSize, EcwidCapabilities.MaxPageSize),
            (offset, size, ct) => ListPageAsync(customerId, offset, size, ct),
            channel => channel.Id.ToString(CultureInfo.InvariantCulture),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<EcwidCustomerContact> GetAsync(long customerId, long channelId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.CustomerContactsGet, ct => GetCoreAsync(customerId, channelId, ct), cancellationToken);

    private async Task<EcwidCustomerContact> GetCoreAsync(long customerId, long channelId, CancellationToken cancellationToken)
    {
        EcwidRules.PositiveId(customerId, nameof(customerId));
        EcwidRules.PositiveId(channelId, nameof(channelId));
        return EcwidMapper.ToCustomerContact(await FetchAsync(customerId, channelId, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public Task<EcwidCustomerContact> CreateAsync(long customerId, EcwidCustomerContactInput channel, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.CustomerContactsCreate, ct => CreateCoreAsync(customerId, channel, ct), cancellationToken);

    private async Task<EcwidCustomerContact> CreateCoreAsync(long customerId, EcwidCustomerContactInput channel, CancellationToken cancellationToken)
    {
        EcwidRules.PositiveId(customerId, nameof(customerId));
        EcwidRules.ContactInput(channel, creating: true, nameof(channel));
        var created = await PostAsync(customerId, EcwidMapper.ToContactRequest(channel), cancellationToken).ConfigureAwait(false);
        return EcwidMapper.ToCustomerContact(created);
    }

    /// <inheritdoc/>
    public Task<EcwidCustomerContact> UpdateAsync(long customerId, long channelId, EcwidCustomerContactInput changes, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.CustomerContactsUpdate, ct => UpdateCoreAsync(customerId, channelId, changes, ct), cancellationToken);

    private async Task<EcwidCustomerContact> UpdateCoreAsync(long customerId, long channelId, EcwidCustomerContactInput changes, CancellationToken cancellationToken)
    {
        EcwidRules.PositiveId(customerId, nameof(customerId));
        EcwidRules.PositiveId(channelId, nameof(channelId));
        EcwidRules.ContactInput(changes, creating: false, nameof(changes));
        return EcwidMapper.ToCustomerContact(await PutAsync(customerId, channelId, EcwidMapper.ToContactRequest(changes), cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public Task DeleteAsync(long customerId, long channelId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.CustomerContactsDelete, ct => DeleteCoreAsync(customerId, channelId, ct), cancellationToken);

    private Task DeleteCoreAsync(long customerId, long channelId, CancellationToken cancellationToken)
    {
        EcwidRules.PositiveId(customerId, nameof(customerId));
        EcwidRules.PositiveId(channelId, nameof(channelId));
        return RemoveAsync(customerId, channelId, cancellationToken);
    }

    /// <summary>Reads one channel as Ecwid sends it.</summary>
    internal Task<EcwidContactResource> FetchAsync(long customerId, long channelId, CancellationToken cancellationToken)
        => caller.SendAsync(ct => api.GetContactAsync(customerId, channelId, ct), cancellationToken);

    /// <summary>Reads all of a customer's channels: Ecwid answers them in one response.</summary>
    internal async Task<List<EcwidContactResource>> ListAllAsync(long customerId, CancellationToken cancellationToken)
    {
        var result = await caller.SendAsync(ct => api.SearchContactsAsync(customerId, ct), cancellationToken).ConfigureAwait(false);
        return result.Items;
    }

    /// <summary>Writes the fields <paramref name="request"/> sets and reads the channel back.</summary>
    internal async Task<EcwidContactResource> PutAsync(long customerId, long channelId, EcwidContactRequest request, CancellationToken cancellationToken)
    {
        await caller.SendAsync(ct => api.UpdateContactAsync(customerId, channelId, request, ct), cancellationToken).ConfigureAwait(false);
        return await FetchAsync(customerId, channelId, cancellationToken).ConfigureAwait(false);
    }

    internal async Task RemoveAsync(long customerId, long channelId, CancellationToken cancellationToken)
        => await caller.SendAsync(ct => api.DeleteContactAsync(customerId, channelId, ct), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Creates a channel and finds it again: Ecwid's answer carries only <c>createCount</c> (UNCONFIRMED whether it also
    /// carries the id; it is used when present), so the channels are re-listed and the newest with the same type and value
    /// is the new one.
    /// </summary>
    internal async Task<EcwidContactResource> PostAsync(long customerId, EcwidContactRequest request, CancellationToken cancellationToken)
    {
        var result = await caller.SendAsync(ct => api.CreateContactAsync(customerId, request, ct), cancellationToken).ConfigureAwait(false);
        if (result.Id is { } id)
        {
            return await FetchAsync(customerId, id, cancellationToken).ConfigureAwait(false);
        }

        var channels = await ListAllAsync(customerId, cancellationToken).ConfigureAwait(false);
        return channels
            .Where(channel => channel.Type == request.Type && channel.Contact == request.Contact)
            .MaxBy(channel => channel.Id)
            ?? throw new ContactsException($"Ecwid created a {request.Type} contact but did not list it afterwards.") { Vendor = Vendor };
    }

    // Ecwid has no paging here: each page is cut from the one answer, so a page size hint and a continuation token still
    // mean what they mean on every other listing.
    private async Task<OffsetPage<EcwidCustomerContact>> ListPageAsync(long customerId, int offset, int size, CancellationToken cancellationToken)
    {
        var all = await ListAllAsync(customerId, cancellationToken).ConfigureAwait(false);
        var page = all.Skip(offset).Take(size).Select(EcwidMapper.ToCustomerContact).ToList();
        return new OffsetPage<EcwidCustomerContact>(page, all.Count, HasMore: offset + page.Count < all.Count);
    }
}
