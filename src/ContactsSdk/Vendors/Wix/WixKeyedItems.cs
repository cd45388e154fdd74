using System.Text.Json.Nodes;
using ContactsSdk.Diagnostics;
using ContactsSdk.Paging;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Labels and extended fields are one kind of thing on Wix — keyed schema items: an immutable key, a display name, and the
/// same Get, Query (as List), find-or-create, rename (as Update) and Delete endpoints. This writes them once, each through
/// the one operation path; a sub-client adds only its wire calls and what it alone has.
/// </summary>
/// <typeparam name="TResource">The wire record.</typeparam>
/// <typeparam name="TItem">The public record.</typeparam>
/// <param name="parts">The client's shared parts.</param>
/// <param name="operations">The operation names of this kind.</param>
/// <param name="kind">The wire name of one item (<c>label</c>, <c>field</c>): the member a rename body wraps, and the listing scope.</param>
/// <param name="maxDisplayNameLength">The longest display name Wix takes for this kind.</param>
internal abstract class WixKeyedItems<TResource, TItem>(WixClientParts parts, WixKeyedItemOperations operations, string kind, int maxDisplayNameLength)
{
    protected WixClientParts Parts => parts;

    public Task<TItem> GetAsync(string key, CancellationToken cancellationToken = default)
        => Observe(operations.Get, async ct =>
        {
            WixRules.Key(key, nameof(key));
            return Known(await FetchAsync(key, ct).ConfigureAwait(false));
        }, cancellationToken);

    public Pageable<TItem> ListAsync(WixFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var node = filter?.ToNode();
        var settings = OffsetListing.Settings(
            ContactsVendor.Wix, operations.List, ListingScope.Fingerprint("wix-" + kind + "s", node?.ToJsonString()), WixCapabilities.MaxPageSize, WixCapabilities.MaxPageSize);
        async Task<OffsetPage<TItem>> FetchAtAsync(int offset, int size, CancellationToken ct)
        {
            var body = WixContactResolver.QueryBody((JsonObject?)node?.DeepClone(), offset, size);
            body["query"]!["sort"] = new JsonArray(new JsonObject { ["fieldName"] = "displayName", ["order"] = "ASC" });
            var (items, total) = await QueryAsync(body, ct).ConfigureAwait(false);
            return new OffsetPage<TItem>([.. items.Select(Known)], total);
        }

        return OffsetListing.Create(settings, FetchAtAsync, KeyOf, cancellationToken);
    }

    public Task<TItem> UpdateAsync(string key, string displayName, CancellationToken cancellationToken = default)
        => Observe(operations.Update, async ct =>
        {
            WixRules.Key(key, nameof(key));
            var body = new JsonObject { [kind] = new JsonObject { ["displayName"] = DisplayName(displayName) } };
            return Known(await RenameAsync(key, body, ct).ConfigureAwait(false));
        }, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
        => Observe(operations.Delete, async ct =>
        {
            WixRules.Key(key, nameof(key));
            await RemoveAsync(key, ct).ConfigureAwait(false);
            Forget(key);
            return true;
        }, cancellationToken);

    /// <summary>Finds or creates by display name (checked, trimmed and normalised here) through the sub-client's own call.</summary>
    protected Task<TItem> FindOrCreateAsync(string displayName, Func<string, CancellationToken, Task<TResource>> findOrCreate, CancellationToken cancellationToken)
        => Observe(operations.FindOrCreate, async ct =>
        {
            var name = DisplayName(displayName);
            return Known(await findOrCreate(name, ct).ConfigureAwait(false));
        }, cancellationToken);

    protected static Task<T> Observe<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
        => ContactsTelemetry.ObserveAsync(ContactsVendor.Wix, operation, call, cancellationToken);

    /// <summary>Writes a display name as the vendor stores it (labels: Unicode normal form C, like tags).</summary>
    protected virtual string Normalize(string trimmed) => trimmed;

    protected abstract Task<TResource> FetchAsync(string key, CancellationToken cancellationToken);

    protected abstract Task<(IReadOnlyList<TResource> Items, long? Total)> QueryAsync(JsonObject body, CancellationToken cancellationToken);

    /// <summary>Sends a rename: <c>PATCH …/{key}</c> with <c>{"label"|"field": {"displayName": …}}</c>.</summary>
    protected abstract Task<TResource> RenameAsync(string key, JsonObject body, CancellationToken cancellationToken);

    protected abstract Task RemoveAsync(string key, CancellationToken cancellationToken);

    /// <summary>Records a key's display name in the shared directory, so contacts read afterwards name it.</summary>
    protected abstract void Remember(TResource resource);

    protected abstract void Forget(string key);

    protected abstract TItem ToItem(TResource resource);

    protected abstract string KeyOf(TItem item);

    private TItem Known(TResource resource)
    {
        Remember(resource);
        return ToItem(resource);
    }

    private string DisplayName(string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        var trimmed = displayName.Trim();
        return trimmed.Length > maxDisplayNameLength
            ? throw new ArgumentException($"A display name is at most {maxDisplayNameLength} characters.", nameof(displayName))
            : Normalize(trimmed);
    }
}
