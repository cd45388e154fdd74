using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Internal;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Turns names into Wix keys and back: tags ↔ label keys and custom-field names ↔ extended-field keys. Writes use
/// find-or-create (idempotent, so a label renamed or deleted elsewhere is never written stale); reads use the shared
/// <see cref="WixDirectory"/>, reloading a whole list at most once per unknown key.
/// </summary>
internal sealed class WixContactResolver(IWixApi api, VendorApiCaller caller, WixDirectory directory)
{
    private const int DefinitionsPageSize = 1000;

    // Made once: ToContact runs for every contact of every page.
    private readonly Func<string, string> _labelName = directory.LabelName;
    private readonly Func<string, string> _fieldName = directory.FieldName;

    public WixDirectory Directory => directory;

    public Contact ToContact(WixContactResource resource, JsonElement? raw = null, bool customFieldsLoaded = true)
        => WixMapper.ToContact(resource, _labelName, _fieldName, raw, customFieldsLoaded);

    public async Task<Contact> ToContactAsync(WixContactEnvelope envelope, CancellationToken cancellationToken)
    {
        var resource = envelope.Contact;
        await EnsureNamesAsync([resource], cancellationToken).ConfigureAwait(false);
        return ToContact(resource);
    }

    public async Task EnsureNamesAsync(IEnumerable<WixContactResource> resources, CancellationToken cancellationToken)
    {
        var list = resources.ToList();
        await directory.EnsureLabelsAsync(
            list.SelectMany(resource => resource.Info?.LabelKeys?.Items ?? []), LoadLabelsAsync, cancellationToken).ConfigureAwait(false);
        await directory.EnsureFieldsAsync(
            list.SelectMany(resource => resource.Info?.ExtendedFields?.Items?.Keys ?? Enumerable.Empty<string>()).Where(WixMapper.IsCustomKey),
            LoadFieldsAsync, cancellationToken).ConfigureAwait(false);
    }

    public async Task<WixLabelResource> FindOrCreateLabelAsync(string displayName, CancellationToken cancellationToken)
    {
        var envelope = await caller.SendAsync(ct => api.FindOrCreateLabelAsync(new JsonObject { ["displayName"] = displayName }, ct), cancellationToken).ConfigureAwait(false);
        var label = envelope.Label;
        directory.Remember(label);
        return label;
    }

    /// <summary>
    /// Maps tags (already in normal form C) to label keys, creating labels that do not exist. A tag whose decomposed form
    /// differs (e.g. "café") first looks for a label stored in either form, so a label created elsewhere as "cafe" plus a
    /// combining accent is reused instead of doubled.
    /// </summary>
    public async Task<List<string>> LabelKeysForAsync(IEnumerable<string> tags, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        foreach (var tag in tags)
        {
            keys.Add((await FindOrCreateLabelInAnyFormAsync(tag, cancellationToken).ConfigureAwait(false)).Key);
        }

        return keys;
    }

    /// <summary>
    /// Finds or creates the label of a display name written in normal form C, reusing one stored in another normal form,
    /// so a label is one label however its name was typed (the tag path and <c>Labels.FindOrCreateAsync</c> alike).
    /// </summary>
    public async Task<WixLabelResource> FindOrCreateLabelInAnyFormAsync(string displayName, CancellationToken cancellationToken)
    {
        var existing = NameForms(displayName).Count > 1 ? await QueryLabelAsync(displayName, cancellationToken).ConfigureAwait(false) : null;
        return existing ?? await FindOrCreateLabelAsync(displayName, cancellationToken).ConfigureAwait(false);
    }

    public async Task<WixFieldResource> FindOrCreateFieldAsync(string displayName, string? dataType, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["displayName"] = displayName };
        if (dataType is not null)
        {
            body["dataType"] = dataType;
        }

        var envelope = await caller.SendAsync(ct => api.FindOrCreateFieldAsync(body, ct), cancellationToken).ConfigureAwait(false);
        var field = envelope.Field;
        directory.Remember(field);
        return field;
    }

    /// <summary>Maps facade custom-field names to keys: <c>custom.*</c> as given, any other name through find-or-create with an inferred type.</summary>
    public async Task<Dictionary<string, TValue>> FieldKeysForAsync<TValue>(
        IEnumerable<KeyValuePair<string, TValue>> fields, Func<TValue, JsonElement?> valueOf, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, TValue>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            var key = WixMapper.IsCustomKey(name)
                ? name
                : valueOf(value) is { ValueKind: not JsonValueKind.Null } element
                    ? (await FindOrCreateFieldAsync(name, WixMapper.InferDataType(element), cancellationToken).ConfigureAwait(false)).Key
                    : directory.FieldKeyOf(name) ?? await FindExistingFieldKeyAsync(name, cancellationToken).ConfigureAwait(false);
            if (key is not null)
            {
                byKey[key] = value;
            }
        }

        return byKey;
    }

    /// <summary>Finds a label's key by display name without creating it; null when no label has that name.</summary>
    public async Task<string?> FindLabelKeyAsync(string displayName, CancellationToken cancellationToken)
    {
        return directory.LabelKeyOf(displayName) ?? await QueryLabelKeyAsync(displayName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets whether two display names are the same: equal in Unicode normal form C, compared as Wix is assumed to.</summary>
    public static bool SameName(string? left, string right)
        => left is not null && string.Equals(TagLists.Normalize(left), TagLists.Normalize(right), WixAssumptions.DisplayNameComparison);

    // The forms a display name may be stored in by someone else: as given, composed (NFC) and decomposed (NFD).
    private static List<string> NameForms(string displayName)
    {
        List<string> forms = [displayName, TagLists.Normalize(displayName)];
        if (TagLists.TryNormalize(displayName, out _))
        {
            forms.Add(displayName.Normalize(System.Text.NormalizationForm.FormD));
        }

        return [.. forms.Distinct(StringComparer.Ordinal)];
    }

    private async Task<string?> QueryLabelKeyAsync(string displayName, CancellationToken cancellationToken)
        => (await QueryLabelAsync(displayName, cancellationToken).ConfigureAwait(false))?.Key;

    private async Task<WixLabelResource?> QueryLabelAsync(string displayName, CancellationToken cancellationToken)
    {
        var forms = NameForms(displayName);
        JsonNode match = forms.Count == 1 ? JsonValue.Create(forms[0]) : new JsonObject { ["$in"] = new JsonArray([.. forms.Select(form => (JsonNode?)form)]) };
        var page = await caller.SendAsync(ct => api.QueryLabelsAsync(QueryBody(new JsonObject { ["displayName"] = match }, 0, DefinitionsPageSize), ct),
            cancellationToken).ConfigureAwait(false);
        var label = (page.Labels ?? []).FirstOrDefault(l => SameName(l.DisplayName, displayName));
        if (label is not null)
        {
            directory.Remember(label);
        }

        return label;
    }

    public static JsonObject QueryBody(JsonObject? filter, int offset, int limit)
    {
        var query = new JsonObject { ["paging"] = new JsonObject { ["limit"] = limit, ["offset"] = offset } };
        if (filter is not null)
        {
            query["filter"] = filter;
        }

        return new JsonObject { ["query"] = query };
    }

    // Removing a field nobody defined is a no-op: there is nothing to remove.
    private async Task<string?> FindExistingFieldKeyAsync(string name, CancellationToken cancellationToken)
    {
        var page = await caller.SendAsync(ct => api.QueryFieldsAsync(QueryBody(new JsonObject { ["displayName"] = name }, 0, DefinitionsPageSize), ct),
            cancellationToken).ConfigureAwait(false);
        var field = (page.Fields ?? []).FirstOrDefault(f => string.Equals(f.DisplayName, name, WixAssumptions.DisplayNameComparison));
        if (field is not null)
        {
            directory.Remember(field);
        }

        return field?.Key;
    }

    private async Task<List<WixLabelResource>> LoadLabelsAsync(CancellationToken cancellationToken)
    {
        var all = new List<WixLabelResource>();
        for (var offset = 0; ; offset += DefinitionsPageSize)
        {
            var page = await caller.SendAsync(ct => api.QueryLabelsAsync(QueryBody(null, offset, DefinitionsPageSize), ct), cancellationToken).ConfigureAwait(false);
            all.AddRange(page.Labels ?? []);
            if ((page.Labels?.Count ?? 0) < DefinitionsPageSize)
            {
                return all;
            }
        }
    }

    private async Task<List<WixFieldResource>> LoadFieldsAsync(CancellationToken cancellationToken)
    {
        var all = new List<WixFieldResource>();
        for (var offset = 0; ; offset += DefinitionsPageSize)
        {
            var page = await caller.SendAsync(ct => api.QueryFieldsAsync(QueryBody(null, offset, DefinitionsPageSize), ct), cancellationToken).ConfigureAwait(false);
            all.AddRange(page.Fields ?? []);
            if ((page.Fields?.Count ?? 0) < DefinitionsPageSize)
            {
                return all;
            }
        }
    }
}
