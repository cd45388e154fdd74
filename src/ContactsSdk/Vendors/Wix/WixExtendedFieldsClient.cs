using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Diagnostics;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Vendors.Wix;

/// <summary>The extended-fields sub-client: the shared keyed-item operations plus a contact's values by key.</summary>
internal sealed class WixExtendedFieldsClient(WixClientParts parts)
    : WixKeyedItems<WixFieldResource, WixExtendedField>(parts, Operations, "field", MaxDisplayNameLength), IWixExtendedFieldsClient
{
    private const int MaxDisplayNameLength = 150;

    private static readonly WixKeyedItemOperations Operations = new(
        ContactsOperations.ExtendedFieldsGet, ContactsOperations.ExtendedFieldsList, ContactsOperations.ExtendedFieldsFindOrCreate,
        ContactsOperations.ExtendedFieldsUpdate, ContactsOperations.ExtendedFieldsDelete);

    public Task<WixExtendedField> FindOrCreateAsync(string displayName, WixFieldDataType? dataType = null, CancellationToken cancellationToken = default)
        => FindOrCreateAsync(displayName, (name, ct) =>
        {
            if (dataType is WixFieldDataType.Unknown)
            {
                throw new ArgumentException("Choose Text, Number, Date or Url.", nameof(dataType));
            }

            return Parts.Resolver.FindOrCreateFieldAsync(name, dataType is { } type ? WixMapper.ToWire(type) : null, ct);
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, JsonElement>> GetValuesForContactAsync(string contactId, CancellationToken cancellationToken = default)
        => Observe<IReadOnlyDictionary<string, JsonElement>>(ContactsOperations.ExtendedFieldsGetValuesForContact, async ct =>
        {
            WixClientParts.GuardContactId(contactId);
            var items = (await Parts.FetchContactAsync(contactId, ct).ConfigureAwait(false)).Contact?.Info?.ExtendedFields?.Items;
            return items is null ? new Dictionary<string, JsonElement>(StringComparer.Ordinal) : new Dictionary<string, JsonElement>(items, StringComparer.Ordinal);
        }, cancellationToken);

    protected override async Task<WixFieldResource> FetchAsync(string key, CancellationToken cancellationToken)
        => (await Parts.Caller.SendAsync(ct => Parts.Api.GetFieldAsync(key, ct), cancellationToken).ConfigureAwait(false)).Field;

    protected override async Task<(IReadOnlyList<WixFieldResource> Items, long? Total)> QueryAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var page = await Parts.Caller.SendAsync(ct => Parts.Api.QueryFieldsAsync(body, ct), cancellationToken).ConfigureAwait(false);
        return (page.Fields ?? [], (page.PagingMetadata ?? page.Metadata)?.Total);
    }

    protected override async Task<WixFieldResource> RenameAsync(string key, JsonObject body, CancellationToken cancellationToken)
        => (await Parts.Caller.SendAsync(ct => Parts.Api.UpdateFieldAsync(key, body, ct), cancellationToken).ConfigureAwait(false)).Field;

    protected override Task RemoveAsync(string key, CancellationToken cancellationToken)
        => Parts.Caller.SendAsync(ct => Parts.Api.DeleteFieldAsync(key, ct), cancellationToken);

    protected override void Remember(WixFieldResource resource) => Parts.Resolver.Directory.Remember(resource);

    protected override void Forget(string key) => Parts.Resolver.Directory.ForgetField(key);

    protected override WixExtendedField ToItem(WixFieldResource resource) => WixMapper.ToField(resource);

    protected override string KeyOf(WixExtendedField item) => item.Key;
}
