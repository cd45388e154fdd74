using System.Text.Json.Nodes;
using ContactsSdk.Diagnostics;
using ContactsSdk.Internal;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Vendors.Wix;

/// <summary>The labels sub-client: the shared keyed-item operations plus a contact's labels by key.</summary>
internal sealed class WixLabelsClient(WixClientParts parts)
    : WixKeyedItems<WixLabelResource, WixLabel>(parts, Operations, "label", MaxDisplayNameLength), IWixLabelsClient
{
    private const int MaxDisplayNameLength = 180;
    private const int MaxKeys = 100;

    private static readonly WixKeyedItemOperations Operations = new(
        ContactsOperations.LabelsGet, ContactsOperations.LabelsList, ContactsOperations.LabelsFindOrCreate,
        ContactsOperations.LabelsUpdate, ContactsOperations.LabelsDelete);

    public Task<WixLabel> FindOrCreateAsync(string displayName, CancellationToken cancellationToken = default)
        => FindOrCreateAsync(displayName, Parts.Resolver.FindOrCreateLabelInAnyFormAsync, cancellationToken);

    public Task<IReadOnlyList<string>> GetKeysForContactAsync(string contactId, CancellationToken cancellationToken = default)
        => Observe<IReadOnlyList<string>>(ContactsOperations.LabelsGetKeysForContact, async ct =>
        {
            WixClientParts.GuardContactId(contactId);
            return (await Parts.FetchContactAsync(contactId, ct).ConfigureAwait(false)).Contact?.Info?.LabelKeys?.Items ?? [];
        }, cancellationToken);

    public Task<Contact> AddToContactAsync(string contactId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
        => Observe(ContactsOperations.LabelsAddToContact, ct =>
        {
            WixClientParts.GuardContactId(contactId);
            return AddKeysAsync(contactId, GuardKeys(keys, nameof(keys)), ct);
        }, cancellationToken);

    public Task<Contact> RemoveFromContactAsync(string contactId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
        => Observe(ContactsOperations.LabelsRemoveFromContact, ct =>
        {
            WixClientParts.GuardContactId(contactId);
            return RemoveKeysAsync(contactId, GuardKeys(keys, nameof(keys)), ct);
        }, cancellationToken);

    /// <summary>Labels a contact (checked keys); the facade's AddTags runs it too.</summary>
    internal async Task<Contact> AddKeysAsync(string contactId, List<string> keys, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["labelKeys"] = new JsonArray([.. keys.Select(key => (JsonNode?)key)]) };
        var envelope = await Parts.Caller.SendAsync(ct => Parts.Api.LabelContactAsync(contactId, body, ct), cancellationToken).ConfigureAwait(false);
        return await Parts.Resolver.ToContactAsync(envelope, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Unlabels a contact (checked keys); the facade's RemoveTags runs it too.</summary>
    internal async Task<Contact> RemoveKeysAsync(string contactId, List<string> keys, CancellationToken cancellationToken)
    {
        var envelope = await Parts.Caller.SendAsync(ct => Parts.Api.UnlabelContactAsync(contactId, keys, ct), cancellationToken).ConfigureAwait(false);
        return await Parts.Resolver.ToContactAsync(envelope, cancellationToken).ConfigureAwait(false);
    }

    protected override string Normalize(string trimmed) => TagLists.Normalize(trimmed);

    protected override async Task<WixLabelResource> FetchAsync(string key, CancellationToken cancellationToken)
        => (await Parts.Caller.SendAsync(ct => Parts.Api.GetLabelAsync(key, ct), cancellationToken).ConfigureAwait(false)).Label;

    protected override async Task<(IReadOnlyList<WixLabelResource> Items, long? Total)> QueryAsync(JsonObject body, CancellationToken cancellationToken)
    {
        var page = await Parts.Caller.SendAsync(ct => Parts.Api.QueryLabelsAsync(body, ct), cancellationToken).ConfigureAwait(false);
        return (page.Labels ?? [], (page.PagingMetadata ?? page.Metadata)?.Total);
    }

    protected override async Task<WixLabelResource> RenameAsync(string key, JsonObject body, CancellationToken cancellationToken)
        => (await Parts.Caller.SendAsync(ct => Parts.Api.UpdateLabelAsync(key, body, ct), cancellationToken).ConfigureAwait(false)).Label;

    protected override Task RemoveAsync(string key, CancellationToken cancellationToken)
        => Parts.Caller.SendAsync(ct => Parts.Api.DeleteLabelAsync(key, ct), cancellationToken);

    protected override void Remember(WixLabelResource resource) => Parts.Resolver.Directory.Remember(resource);

    protected override void Forget(string key) => Parts.Resolver.Directory.ForgetLabel(key);

    protected override WixLabel ToItem(WixLabelResource resource) => WixMapper.ToLabel(resource);

    protected override string KeyOf(WixLabel item) => item.Key;

    private static List<string> GuardKeys(IReadOnlyCollection<string> keys, string paramName)
    {
        ArgumentNullException.ThrowIfNull(keys, paramName);
        var list = keys.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count is 0 or > MaxKeys)
        {
            throw new ArgumentException($"Give 1–{MaxKeys} label keys.", paramName);
        }

        foreach (var key in list)
        {
            WixRules.Key(key, paramName);
        }

        return list;
    }
}
