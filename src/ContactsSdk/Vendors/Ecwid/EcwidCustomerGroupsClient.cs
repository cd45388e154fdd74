using System.Globalization;
using ContactsSdk.Diagnostics;
using ContactsSdk.Errors;
using ContactsSdk.Internal;
using ContactsSdk.Paging;
using ContactsSdk.Vendors.Ecwid.Models;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>The customer-group endpoints behind <see cref="IEcwidContactsClient.Groups"/>.</summary>
internal sealed class EcwidCustomerGroupsClient(IEcwidApi api, VendorApiCaller caller, ContactWriteLock writeLock) : IEcwidCustomerGroupsClient
{
    /// <summary>
    /// How <see cref="FindOrCreateAsync"/> compares a name with the stored ones (after trimming both). Ecwid documents no
    /// rule for group names; ignoring case keeps "VIP" and "vip" one group, as a person would expect (PROP).
    /// </summary>
    internal const StringComparison NameComparison = StringComparison.OrdinalIgnoreCase;

    private const ContactsVendor Vendor = ContactsVendor.Ecwid;

    // Keeps the find-or-create lock apart from the customers' locks, which are keyed by numeric id.
    private const string LockPrefix = "customer_group:";

    /// <inheritdoc/>
    public Pageable<EcwidCustomerGroup> ListAsync(string? search = null, CancellationToken cancellationToken = default)
        => OffsetListing.Create(
            OffsetListing.Settings(
                Vendor, ContactsOperations.GroupsList, ListingScope.Fingerprint("customer_groups", search), EcwidCapabilities.MaxPageSize, EcwidCapabilities.MaxPageSize),
            (offset, size, ct) => ListPageAsync(search, offset, size, ct),
            group => group.Id.ToString(CultureInfo.InvariantCulture),
            cancellationToken);

    /// <inheritdoc/>
    public Task<EcwidCustomerGroup> GetAsync(long groupId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.GroupsGet, ct => GetCoreAsync(groupId, ct), cancellationToken);

    private async Task<EcwidCustomerGroup> GetCoreAsync(long groupId, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(groupId);
        return EcwidMapper.ToGroup(await caller.SendAsync(ct => api.GetGroupAsync(groupId, ct), cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public Task<EcwidCustomerGroup> CreateAsync(string name, string? externalReferenceId = null, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.GroupsCreate, ct => CreateCoreAsync(name, externalReferenceId, ct), cancellationToken);

    private Task<EcwidCustomerGroup> CreateCoreAsync(string name, string? externalReferenceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return PostAsync(name, externalReferenceId, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<EcwidCustomerGroup> UpdateAsync(long groupId, string name, string? externalReferenceId = null, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.GroupsUpdate, ct => UpdateCoreAsync(groupId, name, externalReferenceId, ct), cancellationToken);

    private async Task<EcwidCustomerGroup> UpdateCoreAsync(long groupId, string name, string? externalReferenceId, CancellationToken cancellationToken)
    {
        EcwidRules.PositiveId(groupId, nameof(groupId));
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await caller.SendAsync(ct => api.UpdateGroupAsync(groupId, new EcwidGroupRequest(name, externalReferenceId), ct), cancellationToken).ConfigureAwait(false);
        return EcwidMapper.ToGroup(await caller.SendAsync(ct => api.GetGroupAsync(groupId, ct), cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public Task DeleteAsync(long groupId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.GroupsDelete, ct => DeleteCoreAsync(groupId, ct), cancellationToken);

    private async Task DeleteCoreAsync(long groupId, CancellationToken cancellationToken)
    {
        EcwidRules.PositiveId(groupId, nameof(groupId));
        await caller.SendAsync(ct => api.DeleteGroupAsync(groupId, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<EcwidCustomerGroup> FindOrCreateAsync(string name, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.GroupsFindOrCreate, ct => FindOrCreateCoreAsync(name, ct), cancellationToken);

    private Task<EcwidCustomerGroup> FindOrCreateCoreAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var trimmed = name.Trim();
        return writeLock.RunAsync(LockPrefix + trimmed.ToUpperInvariant(), ct => FindOrCreateLockedAsync(trimmed, ct), cancellationToken);
    }

    // Lists every group rather than asking Ecwid's keyword search, whose matching (case, substring) is undocumented: a store
    // has few groups, and the name rule stays ours (NameComparison).
    private async Task<EcwidCustomerGroup> FindOrCreateLockedAsync(string name, CancellationToken cancellationToken)
    {
        EcwidCustomerGroup? found = null;
        await foreach (var group in ListAsync(null, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(group.Name.Trim(), name, NameComparison) && (found is null || group.Id < found.Id))
            {
                found = group;
            }
        }

        return found ?? await PostAsync(name, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<EcwidCustomerGroup> PostAsync(string name, string? externalReferenceId, CancellationToken cancellationToken)
    {
        var created = await caller.SendAsync(ct => api.CreateGroupAsync(new EcwidGroupRequest(name, externalReferenceId), ct), cancellationToken).ConfigureAwait(false);
        var id = created.Id is > 0 and var newId
            ? newId
            : throw new ContactsException("Ecwid CreateCustomerGroup answered without an id.") { Vendor = Vendor };
        return new EcwidCustomerGroup(id, name, externalReferenceId);
    }

    private async Task<OffsetPage<EcwidCustomerGroup>> ListPageAsync(string? search, int offset, int size, CancellationToken cancellationToken)
    {
        var result = await caller.SendAsync(ct => api.SearchGroupsAsync(search, offset, size, ct), cancellationToken).ConfigureAwait(false);
        return new OffsetPage<EcwidCustomerGroup>([.. result.Items.Select(EcwidMapper.ToGroup)], result.Total);
    }
}
