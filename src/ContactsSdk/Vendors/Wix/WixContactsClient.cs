using ContactsSdk.Changes;
using ContactsSdk.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Errors;
using ContactsSdk.Internal;
using ContactsSdk.Paging;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Vendors.Wix;

/// <summary>
/// Manages the contacts of one Wix site through Contacts v4. Resolve it from DI (<c>AddWix</c>) or build it with
/// <see cref="DependencyInjection.ContactsClientBuilder"/>.
/// </summary>
/// <remarks>
/// Tags are labels (matched by display name, created on first use); custom fields are extended fields (created on
/// first use with a type inferred from the value); Wix's system extended fields are not custom fields: they are read with
/// <see cref="GetExtendedFieldValuesAsync"/> and are not writable.
/// Updates carry the contact's revision; tag changes use Wix's atomic label endpoints, and channel changes re-read
/// and re-apply on a revision conflict, so concurrent writers never lose each other's changes.
/// </remarks>
public class WixContactsClient : IWixContactsClient
{
    private const int DefaultPageSize = 100;
    private const int MaxLabelKeys = 100;
    private const int MaxSearchLength = 100;
    private const int MaxMergeSources = 5;

    /// <summary>How many times a channel change re-reads and re-applies after a revision conflict before giving up.</summary>
    internal const int MaxWriteAttempts = 10;

    private readonly IWixApi _api = null!;
    private readonly VendorApiCaller _caller = null!;
    private readonly WixContactResolver _resolver = null!;
    private readonly TimeProvider _clock = TimeProvider.System;
    private readonly string _feedAccount = string.Empty;

    /// <summary>Initializes a client for mocking; its members must be overridden.</summary>
    protected WixContactsClient()
    {
    }

    internal WixContactsClient(IWixApi api, VendorClientContext context, WixDirectory? directory = null)
    {
        _api = api;
        _clock = context.Clock;
        _caller = new VendorApiCaller(new ContactsExceptionFactory(ContactsVendor.Wix, WixErrorParser.Instance, context.Redact), context.Clock);
        _resolver = new WixContactResolver(api, _caller, directory ?? new WixDirectory());
        _feedAccount = context.FeedAccount;
    }

    /// <inheritdoc/>
    public virtual ContactsVendor Vendor => ContactsVendor.Wix;

    /// <inheritdoc/>
    public virtual ContactsCapabilities Capabilities => WixCapabilities.Value;

    /// <inheritdoc/>
    /// <remarks>The id of a contact merged into another returns that target (Wix <c>responseType: MERGED</c>).</remarks>
    public virtual Task<Contact> GetAsync(string contactId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.Get, ct => GetCoreAsync(contactId, ct), cancellationToken);

    private async Task<Contact> GetCoreAsync(string contactId, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        return await _resolver.ToContactAsync(await FetchAsync(contactId, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public virtual Task<Contact?> TryGetAsync(string contactId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.TryGet, ct => TryGetCoreAsync(contactId, ct), cancellationToken);

    private async Task<Contact?> TryGetCoreAsync(string contactId, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        var envelope = await _caller.SendOrNullIfNotFoundAsync(ct => _api.GetContactAsync(contactId, ct), cancellationToken).ConfigureAwait(false);
        return envelope is null ? null : await _resolver.ToContactAsync(envelope, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Lists through Query Contacts with an explicit sort. Sorted by creation time (the default, oldest first) it pages
    /// by <c>createdDate</c>, so contacts created or deleted meanwhile never make it skip or repeat one; sorted by name it
    /// pages by offset and drops repeats. Wix cannot sort by update time: <see cref="ContactSortField.Updated"/> throws
    /// <see cref="UnsupportedContactOperationException"/>. <see cref="ContactQuery.Search"/> is Wix's exact-match search on
    /// a first or last name, email or phone; <see cref="ContactQuery.Tag"/> is a label display name.
    /// </remarks>
    public virtual Pageable<Contact> ListAsync(ContactQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new ContactQuery();
        Guard.Query(query, nameof(query));
        var sortField = query.SortBy switch
        {
            ContactSortField.Created => WixContactFields.CreatedDate,
            ContactSortField.Name => WixContactFields.FirstName,
            _ => throw new UnsupportedContactOperationException(ContactsVendor.Wix, $"sorting by {query.SortBy}").Stamp(ContactsVendor.Wix, ContactsOperations.List),
        };
        if (query.Search is { Length: > MaxSearchLength })
        {
            throw new ArgumentException($"Wix searches at most {MaxSearchLength} characters.", nameof(query));
        }

        var spec = new WixListingSpec(
            ct => FacadeFilterAsync(query, ct), query.Search, sortField, query.Descending ?? false,
            query.IncludeRaw ? null : WixListingSpec.FacadeFields, query.IncludeRaw ? ["FULL"] : null, query.IncludeRaw);
        var settings = PagerSettings.ForContacts(ContactsVendor.Wix, query, DefaultPageSize, WixCapabilities.MaxPageSize, null);
        return ContactListing(spec, settings, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Wix refuses an email (or, without email, a phone) another contact has: that throws
    /// <see cref="ContactConflictException"/> with <see cref="ContactConflictException.DuplicateContactId"/>. Tags and custom
    /// fields that do not exist yet are created first. After an ambiguous failure the client looks for exactly this
    /// contact (by email, else among the contacts created since the call started) before deciding anything; see
    /// <see cref="IContactsClient.CreateAsync"/>.
    /// </remarks>
    public virtual Task<Contact> CreateAsync(ContactDraft draft, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.Create, ct => CreateCoreAsync(draft, ct), cancellationToken);

    private async Task<Contact> CreateCoreAsync(ContactDraft draft, CancellationToken cancellationToken)
    {
        draft = EmailAddresses.NormalizeDraft(draft, nameof(draft));
        WixRules.Draft(draft, nameof(draft));
        var tags = Guard.TagsOrEmpty(draft.Tags, nameof(draft));
        var labelKeys = await _resolver.LabelKeysForAsync(tags, cancellationToken).ConfigureAwait(false);
        var fields = await _resolver.FieldKeysForAsync(draft.CustomFields ?? new Dictionary<string, JsonElement>(), value => value, cancellationToken).ConfigureAwait(false);
        var body = new JsonObject { ["info"] = WixMapper.ToInfo(draft, labelKeys, fields), ["allowDuplicates"] = false };
        return await SafeCreate.RunAsync(
            async ct => await _resolver.ToContactAsync(
                await _caller.SendAsync(token => _api.CreateContactAsync(body, token), ct).ConfigureAwait(false), ct).ConfigureAwait(false),
            (since, ct) => CreatedContactLookup.FindAsync(this, draft with { Tags = tags }, since, ct),
            found => found,
            _clock,
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Sends <see cref="ContactPatch.ExpectedRevision"/> when given, else the revision it reads first; a contact changed
    /// since throws <see cref="ContactConflictException"/> with <c>CONTACT_ALREADY_CHANGED</c>. Custom fields merge key by
    /// key; a null value removes one; system fields cannot be written.
    /// </remarks>
    public virtual Task<Contact> UpdateAsync(string contactId, ContactPatch patch, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.Update, ct => UpdateCoreAsync(contactId, patch, ct), cancellationToken);

    private async Task<Contact> UpdateCoreAsync(string contactId, ContactPatch patch, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        WixRules.Patch(patch, nameof(patch));
        if (patch.IsEmpty)
        {
            return await GetAsync(contactId, cancellationToken).ConfigureAwait(false);
        }

        var fields = await _resolver.FieldKeysForAsync(
            patch.CustomFields ?? new Dictionary<string, JsonElement?>(), value => value, cancellationToken).ConfigureAwait(false);
        var revision = WixRules.Revision(patch.ExpectedRevision, nameof(patch))
            ?? (await FetchAsync(contactId, cancellationToken).ConfigureAwait(false)).Contact?.Revision;
        var info = WixMapper.ToPatchInfo(patch, fields);
        if (info.Count == 0)
        {
            return await GetAsync(contactId, cancellationToken).ConfigureAwait(false);
        }

        return await PatchAsync(contactId, revision, info, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public virtual Task DeleteAsync(string contactId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.Delete, ct => DeleteCoreAsync(contactId, ct), cancellationToken);

    private async Task DeleteCoreAsync(string contactId, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        await _caller.SendAsync(ct => _api.DeleteContactAsync(contactId, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>Each tag is a label found or created by display name; Wix adds them atomically, so concurrent writers never lose tags.</remarks>
    public virtual Task<Contact> AddTagsAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.AddTags, ct => AddTagsCoreAsync(contactId, tags, ct), cancellationToken);

    private async Task<Contact> AddTagsCoreAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        var added = Guard.Tags(tags, nameof(tags));
        var keys = await _resolver.LabelKeysForAsync(added, cancellationToken).ConfigureAwait(false);
        return await LabelAsync(contactId, keys, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Tags match the contact's label display names without regard to case or Unicode normal form; a tag the contact lacks is ignored.
    /// </remarks>
    public virtual Task<Contact> RemoveTagsAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.RemoveTags, ct => RemoveTagsCoreAsync(contactId, tags, ct), cancellationToken);

    private async Task<Contact> RemoveTagsCoreAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        var removed = Guard.Tags(tags, nameof(tags));
        var envelope = await FetchAsync(contactId, cancellationToken).ConfigureAwait(false);
        var contact = await _resolver.ToContactAsync(envelope, cancellationToken).ConfigureAwait(false);
        var keys = (envelope.Contact?.Info?.LabelKeys?.Items ?? [])
            .Where(key => removed.Any(tag => WixContactResolver.SameName(_resolver.Directory.LabelName(key), tag) || string.Equals(key, tag, StringComparison.OrdinalIgnoreCase))).ToList();
        return keys.Count == 0 ? contact : await UnlabelAsync(contact.Id, keys, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Emails and phones only; <see cref="ContactChannel.Label"/> is the Wix tag (MAIN, HOME, WORK, MOBILE, FAX). Adding a
    /// value the contact already has returns the existing channel.
    /// </remarks>
    public virtual Task<ContactChannel> AddChannelAsync(string contactId, ContactChannel channel, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.AddChannel, ct => AddChannelCoreAsync(contactId, channel, ct), cancellationToken);

    private async Task<ContactChannel> AddChannelCoreAsync(string contactId, ContactChannel channel, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        channel = EmailAddresses.NormalizeChannel(channel, nameof(channel));
        WixRules.Channel(channel, nameof(channel));
        var written = await EditAsync(contactId, contact => WixChannelEdit.Add(contact, channel), cancellationToken).ConfigureAwait(false);
        return WixChannelEdit.Find(written, channel, null) ?? throw MissingChannel(ContactsOperations.AddChannel, contactId);
    }

    /// <inheritdoc/>
    /// <remarks>The channel id is the Wix item id, and the new channel must be of the same kind.</remarks>
    public virtual Task<ContactChannel> UpdateChannelAsync(
        string contactId, string channelId, ContactChannel channel, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.UpdateChannel, ct => UpdateChannelCoreAsync(contactId, channelId, channel, ct), cancellationToken);

    private async Task<ContactChannel> UpdateChannelCoreAsync(string contactId, string channelId, ContactChannel channel, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        channel = EmailAddresses.NormalizeChannel(channel, nameof(channel));
        WixRules.Channel(channel, nameof(channel));
        var written = await EditAsync(contactId, contact =>
        {
            var kind = WixChannelEdit.KindOf(contact, channelId) ?? throw MissingChannel(ContactsOperations.UpdateChannel, contactId);
            return kind == channel.Kind
                ? WixChannelEdit.Update(contact, channelId, channel)
                : throw new ArgumentException($"The channel holds a {kind}, not a {channel.Kind}.", nameof(channel));
        }, cancellationToken).ConfigureAwait(false);
        return WixChannelEdit.Find(written, channel, channelId) ?? throw MissingChannel(ContactsOperations.UpdateChannel, contactId);
    }

    /// <inheritdoc/>
    /// <remarks>Removes an email, phone or address item by id; an id the contact lacks changes nothing, so the call is safe to repeat.</remarks>
    public virtual Task RemoveChannelAsync(string contactId, string channelId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.RemoveChannel, ct => RemoveChannelCoreAsync(contactId, channelId, ct), cancellationToken);

    private async Task RemoveChannelCoreAsync(string contactId, string channelId, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        await EditAsync(contactId, contact => WixChannelEdit.Remove(contact, channelId), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public virtual Task<WixLabel> FindOrCreateLabelAsync(string displayName, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.FindOrCreateLabel, ct => FindOrCreateLabelCoreAsync(displayName, ct), cancellationToken);

    private async Task<WixLabel> FindOrCreateLabelCoreAsync(string displayName, CancellationToken cancellationToken)
    {
        GuardDisplayName(displayName, 180);
        var name = TagLists.Normalize(displayName.Trim());
        return WixMapper.ToLabel(await _resolver.FindOrCreateLabelInAnyFormAsync(name, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public virtual Task<WixLabel> GetLabelAsync(string key, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.GetLabel, ct => GetLabelCoreAsync(key, ct), cancellationToken);

    private async Task<WixLabel> GetLabelCoreAsync(string key, CancellationToken cancellationToken)
    {
        WixRules.Key(key, nameof(key));
        var envelope = await _caller.SendAsync(ct => _api.GetLabelAsync(key, ct), cancellationToken).ConfigureAwait(false);
        return WixMapper.ToLabel(Remember(envelope.Label));
    }

    /// <inheritdoc/>
    public virtual Pageable<WixLabel> QueryLabelsAsync(WixFilter? filter = null, CancellationToken cancellationToken = default)
        => Definitions<WixLabel>(ContactsOperations.QueryLabels, "labels", filter, async (body, ct) =>
        {
            var page = await _caller.SendAsync(c => _api.QueryLabelsAsync(body, c), ct).ConfigureAwait(false);
            return ([.. (page.Labels ?? []).Select(label => WixMapper.ToLabel(Remember(label)))], (page.PagingMetadata ?? page.Metadata)?.Total);
        }, label => label.Key, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<WixLabel> RenameLabelAsync(string key, string displayName, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.RenameLabel, ct => RenameLabelCoreAsync(key, displayName, ct), cancellationToken);

    private async Task<WixLabel> RenameLabelCoreAsync(string key, string displayName, CancellationToken cancellationToken)
    {
        WixRules.Key(key, nameof(key));
        GuardDisplayName(displayName, 180);
        var body = new JsonObject { ["label"] = new JsonObject { ["displayName"] = TagLists.Normalize(displayName.Trim()) } };
        var envelope = await _caller.SendAsync(ct => _api.RenameLabelAsync(key, body, ct), cancellationToken).ConfigureAwait(false);
        return WixMapper.ToLabel(Remember(envelope.Label));
    }

    /// <inheritdoc/>
    public virtual Task DeleteLabelAsync(string key, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.DeleteLabel, ct => DeleteLabelCoreAsync(key, ct), cancellationToken);

    private async Task DeleteLabelCoreAsync(string key, CancellationToken cancellationToken)
    {
        WixRules.Key(key, nameof(key));
        await _caller.SendAsync(ct => _api.DeleteLabelAsync(key, ct), cancellationToken).ConfigureAwait(false);
        _resolver.Directory.ForgetLabel(key);
    }

    /// <inheritdoc/>
    public virtual Task<WixExtendedField> FindOrCreateExtendedFieldAsync(
        string displayName, WixFieldDataType? dataType = null, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.FindOrCreateExtendedField, ct => FindOrCreateExtendedFieldCoreAsync(displayName, dataType, ct), cancellationToken);

    private async Task<WixExtendedField> FindOrCreateExtendedFieldCoreAsync(string displayName, WixFieldDataType? dataType, CancellationToken cancellationToken)
    {
        GuardDisplayName(displayName, 150);
        if (dataType is WixFieldDataType.Unknown)
        {
            throw new ArgumentException("Choose Text, Number, Date or Url.", nameof(dataType));
        }

        var wireType = dataType is { } type ? WixMapper.ToWire(type) : null;
        return WixMapper.ToField(await _resolver.FindOrCreateFieldAsync(displayName.Trim(), wireType, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public virtual Task<WixExtendedField> GetExtendedFieldAsync(string key, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.GetExtendedField, ct => GetExtendedFieldCoreAsync(key, ct), cancellationToken);

    private async Task<WixExtendedField> GetExtendedFieldCoreAsync(string key, CancellationToken cancellationToken)
    {
        WixRules.Key(key, nameof(key));
        var envelope = await _caller.SendAsync(ct => _api.GetFieldAsync(key, ct), cancellationToken).ConfigureAwait(false);
        return WixMapper.ToField(Remember(envelope.Field));
    }

    /// <inheritdoc/>
    public virtual Pageable<WixExtendedField> QueryExtendedFieldsAsync(WixFilter? filter = null, CancellationToken cancellationToken = default)
        => Definitions<WixExtendedField>(ContactsOperations.QueryExtendedFields, "fields", filter, async (body, ct) =>
        {
            var page = await _caller.SendAsync(c => _api.QueryFieldsAsync(body, c), ct).ConfigureAwait(false);
            return ([.. (page.Fields ?? []).Select(field => WixMapper.ToField(Remember(field)))], (page.PagingMetadata ?? page.Metadata)?.Total);
        }, field => field.Key, cancellationToken);

    /// <inheritdoc/>
    public virtual Task<WixExtendedField> RenameExtendedFieldAsync(string key, string displayName, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.RenameExtendedField, ct => RenameExtendedFieldCoreAsync(key, displayName, ct), cancellationToken);

    private async Task<WixExtendedField> RenameExtendedFieldCoreAsync(string key, string displayName, CancellationToken cancellationToken)
    {
        WixRules.Key(key, nameof(key));
        GuardDisplayName(displayName, 150);
        var body = new JsonObject { ["field"] = new JsonObject { ["displayName"] = displayName.Trim() } };
        var envelope = await _caller.SendAsync(ct => _api.RenameFieldAsync(key, body, ct), cancellationToken).ConfigureAwait(false);
        return WixMapper.ToField(Remember(envelope.Field));
    }

    /// <inheritdoc/>
    public virtual Task DeleteExtendedFieldAsync(string key, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.DeleteExtendedField, ct => DeleteExtendedFieldCoreAsync(key, ct), cancellationToken);

    private async Task DeleteExtendedFieldCoreAsync(string key, CancellationToken cancellationToken)
    {
        WixRules.Key(key, nameof(key));
        await _caller.SendAsync(ct => _api.DeleteFieldAsync(key, ct), cancellationToken).ConfigureAwait(false);
        _resolver.Directory.ForgetField(key);
    }

    /// <inheritdoc/>
    public virtual Task<IReadOnlyList<string>> GetLabelKeysAsync(string contactId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.GetLabelKeys, ct => GetLabelKeysCoreAsync(contactId, ct), cancellationToken);

    private async Task<IReadOnlyList<string>> GetLabelKeysCoreAsync(string contactId, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        return (await FetchAsync(contactId, cancellationToken).ConfigureAwait(false)).Contact?.Info?.LabelKeys?.Items ?? [];
    }

    /// <inheritdoc/>
    public virtual Task<IReadOnlyDictionary<string, JsonElement>> GetExtendedFieldValuesAsync(string contactId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.GetExtendedFieldValues, ct => GetExtendedFieldValuesCoreAsync(contactId, ct), cancellationToken);

    private async Task<IReadOnlyDictionary<string, JsonElement>> GetExtendedFieldValuesCoreAsync(string contactId, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        var items = (await FetchAsync(contactId, cancellationToken).ConfigureAwait(false)).Contact?.Info?.ExtendedFields?.Items;
        return items is null ? new Dictionary<string, JsonElement>(StringComparer.Ordinal) : new Dictionary<string, JsonElement>(items, StringComparer.Ordinal);
    }

    /// <inheritdoc/>
    public virtual Task<Contact> LabelContactAsync(string contactId, IReadOnlyCollection<string> labelKeys, CancellationToken cancellationToken = default)
    {
        GuardContactId(contactId);
        var keys = GuardKeys(labelKeys, nameof(labelKeys));
        return ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.LabelContact, ct => LabelAsync(contactId, keys, ct), cancellationToken);
    }

    /// <inheritdoc/>
    public virtual Task<Contact> UnlabelContactAsync(string contactId, IReadOnlyCollection<string> labelKeys, CancellationToken cancellationToken = default)
    {
        GuardContactId(contactId);
        var keys = GuardKeys(labelKeys, nameof(labelKeys));
        return ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.UnlabelContact, ct => UnlabelAsync(contactId, keys, ct), cancellationToken);
    }

    /// <inheritdoc/>
    public virtual Task<Contact> MergeAsync(
        string targetContactId, IReadOnlyCollection<string> sourceContactIds, string? targetRevision = null, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.Merge, ct => MergeCoreAsync(targetContactId, sourceContactIds, targetRevision, ct), cancellationToken);

    private async Task<Contact> MergeCoreAsync(string targetContactId, IReadOnlyCollection<string> sourceContactIds, string? targetRevision, CancellationToken cancellationToken)
    {
        var sources = GuardMerge(targetContactId, sourceContactIds);
        var revision = WixRules.Revision(targetRevision, nameof(targetRevision))
            ?? (await FetchAsync(targetContactId, cancellationToken).ConfigureAwait(false)).Contact?.Revision;
        var body = new JsonObject
        {
            ["targetContactRevision"] = revision ?? 0,
            ["sourceContactIds"] = new JsonArray([.. sources.Select(id => (JsonNode?)id)]),
        };
        var envelope = await _caller.SendAsync(ct => _api.MergeContactsAsync(targetContactId, body, ct), cancellationToken).ConfigureAwait(false);
        return await _resolver.ToContactAsync(envelope, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public virtual Task<Contact> PreviewMergeAsync(
        string targetContactId, IReadOnlyCollection<string> sourceContactIds, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.PreviewMerge, ct => PreviewMergeCoreAsync(targetContactId, sourceContactIds, ct), cancellationToken);

    private async Task<Contact> PreviewMergeCoreAsync(string targetContactId, IReadOnlyCollection<string> sourceContactIds, CancellationToken cancellationToken)
    {
        var sources = GuardMerge(targetContactId, sourceContactIds);
        var body = new JsonObject { ["sourceContactIds"] = new JsonArray([.. sources.Select(id => (JsonNode?)id)]) };
        var envelope = await _caller.SendAsync(ct => _api.PreviewMergeContactsAsync(targetContactId, body, ct), cancellationToken).ConfigureAwait(false);
        return await _resolver.ToContactAsync(envelope, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public virtual Pageable<Contact> QueryAsync(WixContactQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(query.SortField, nameof(query));
        if (query.PageSizeHint is < 1 or > WixCapabilities.MaxPageSize || query.MaxItems is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), "PageSizeHint must be 1–1000 and MaxItems cannot be negative.");
        }

        if (query.Search is { Length: > MaxSearchLength })
        {
            throw new ArgumentException($"Wix searches at most {MaxSearchLength} characters.", nameof(query));
        }

        var keyset = query.SortField == WixAssumptions.KeysetSortField;
        IReadOnlyList<string>? fields = query.Fieldsets is null ? (query.IncludeRaw ? null : WixListingSpec.FacadeFields) : keyset ? ["createdDate"] : null;
        var fieldsets = query.Fieldsets ?? (query.IncludeRaw ? ["FULL"] : null);
        var filter = query.Filter?.ToNode();
        var spec = new WixListingSpec(_ => Task.FromResult(filter), query.Search, query.SortField, query.Descending, fields, fieldsets, query.IncludeRaw);
        var scope = ListingScope.Fingerprint(
            "wix-query", filter?.ToJsonString(), query.Search, query.SortField, query.Descending.ToString(), string.Join(',', fieldsets ?? []));
        var settings = new PagerSettings(ContactsVendor.Wix, scope, query.PageSizeHint ?? DefaultPageSize, WixCapabilities.MaxPageSize, query.MaxItems, null)
        {
            Operation = ContactsOperations.Query,
        };
        return ContactListing(spec, settings, cancellationToken);
    }

    /// <inheritdoc/>
    public virtual Task<string> BulkDeleteAsync(WixFilter? filter, string? search = null, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.BulkDelete, ct => BulkDeleteCoreAsync(filter, search, ct), cancellationToken);

    private async Task<string> BulkDeleteCoreAsync(WixFilter? filter, string? search, CancellationToken cancellationToken)
    {
        var body = BulkBody(filter, search);
        var job = await _caller.SendAsync(ct => _api.BulkDeleteContactsAsync(body, ct), cancellationToken).ConfigureAwait(false);
        return JobIdOf(job);
    }

    /// <inheritdoc/>
    public virtual Task<string> BulkUpdateAsync(WixFilter? filter, string? search, ContactPatch patch, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.BulkUpdate, ct => BulkUpdateCoreAsync(filter, search, patch, ct), cancellationToken);

    private async Task<string> BulkUpdateCoreAsync(WixFilter? filter, string? search, ContactPatch patch, CancellationToken cancellationToken)
    {
        var body = BulkBody(filter, search);
        WixRules.Patch(patch, nameof(patch));
        if (patch.IsEmpty)
        {
            throw new ArgumentException("The patch changes nothing.", nameof(patch));
        }

        var fields = await _resolver.FieldKeysForAsync(
            patch.CustomFields ?? new Dictionary<string, JsonElement?>(), value => value, cancellationToken).ConfigureAwait(false);
        body["info"] = WixMapper.ToPatchInfo(patch, fields);
        var job = await _caller.SendAsync(ct => _api.BulkUpdateContactsAsync(body, ct), cancellationToken).ConfigureAwait(false);
        return JobIdOf(job);
    }

    /// <inheritdoc/>
    public virtual Task<string> BulkLabelAsync(
        WixFilter? filter, string? search, IReadOnlyCollection<string> labelKeysToAdd, IReadOnlyCollection<string> labelKeysToRemove,
        CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.BulkLabel, ct => BulkLabelCoreAsync(filter, search, labelKeysToAdd, labelKeysToRemove, ct), cancellationToken);

    private async Task<string> BulkLabelCoreAsync(WixFilter? filter, string? search, IReadOnlyCollection<string> labelKeysToAdd, IReadOnlyCollection<string> labelKeysToRemove, CancellationToken cancellationToken)
    {
        var body = BulkBody(filter, search);
        ArgumentNullException.ThrowIfNull(labelKeysToAdd);
        ArgumentNullException.ThrowIfNull(labelKeysToRemove);
        if (labelKeysToAdd.Count + labelKeysToRemove.Count == 0 || labelKeysToAdd.Count > MaxLabelKeys || labelKeysToRemove.Count > MaxLabelKeys)
        {
            throw new ArgumentException($"Give 1–{MaxLabelKeys} label keys to add or remove.", nameof(labelKeysToAdd));
        }

        body["labelKeysToAdd"] = new JsonArray([.. labelKeysToAdd.Select(key => (JsonNode?)key)]);
        body["labelKeysToRemove"] = new JsonArray([.. labelKeysToRemove.Select(key => (JsonNode?)key)]);
        var job = await _caller.SendAsync(ct => _api.BulkLabelContactsAsync(body, ct), cancellationToken).ConfigureAwait(false);
        return JobIdOf(job);
    }

    private static void GuardContactId(string contactId)
        => Guard.Id(contactId, WixRules.ContactId(), "Wix contact id (a GUID)", nameof(contactId));

    private static void GuardDisplayName(string displayName, int max)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        if (displayName.Trim().Length > max)
        {
            throw new ArgumentException($"A display name is at most {max} characters.", nameof(displayName));
        }
    }

    private static List<string> GuardKeys(IReadOnlyCollection<string> keys, string paramName)
    {
        ArgumentNullException.ThrowIfNull(keys, paramName);
        var list = keys.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count is 0 or > MaxLabelKeys)
        {
            throw new ArgumentException($"Give 1–{MaxLabelKeys} label keys.", paramName);
        }

        foreach (var key in list)
        {
            WixRules.Key(key, paramName);
        }

        return list;
    }

    private static List<string> GuardMerge(string targetContactId, IReadOnlyCollection<string> sourceContactIds)
    {
        Guard.Id(targetContactId, WixRules.ContactId(), "Wix contact id (a GUID)", nameof(targetContactId));
        ArgumentNullException.ThrowIfNull(sourceContactIds);
        var sources = sourceContactIds.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var id in sources)
        {
            Guard.Id(id, WixRules.ContactId(), "Wix contact id (a GUID)", nameof(sourceContactIds));
        }

        return sources.Count is < 1 or > MaxMergeSources || sources.Contains(targetContactId, StringComparer.OrdinalIgnoreCase)
            ? throw new ArgumentException($"Merge 1–{MaxMergeSources} distinct sources, not the target itself.", nameof(sourceContactIds))
            : sources;
    }

    private static JsonObject BulkBody(WixFilter? filter, string? search)
    {
        if (filter is null && string.IsNullOrWhiteSpace(search))
        {
            throw new ArgumentException("A bulk operation needs a filter or a search.", nameof(filter));
        }

        var body = new JsonObject();
        if (filter is not null)
        {
            body["filter"] = filter.ToNode();
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            body["search"] = search;
        }

        return body;
    }

    private static string JobIdOf(WixJobResponse job) => job.JobId;

    private static ContactNotFoundException MissingChannel(string operation, string contactId)
        => new($"Wix contact {contactId} has no such email or phone channel.") { Vendor = ContactsVendor.Wix, Operation = operation };

    private WixLabelResource Remember(WixLabelResource label)
    {
        _resolver.Directory.Remember(label);
        return label;
    }

    private WixFieldResource Remember(WixFieldResource field)
    {
        _resolver.Directory.Remember(field);
        return field;
    }

    private PagerPageable<Contact> ContactListing(WixListingSpec spec, PagerSettings settings, CancellationToken cancellationToken)
    {
        var listing = new WixContactListing(spec, _api, _caller, _resolver);
        var pager = new Pager<Contact>(settings with { IsValidPosition = listing.IsValidPosition }, listing.FetchAsync, contact => contact.Id);
        return new PagerPageable<Contact>(pager, cancellationToken);
    }

    private static Pageable<T> Definitions<T>(
        string operation, string kind, WixFilter? filter, Func<JsonObject, CancellationToken, Task<(List<T> Items, long? Total)>> fetch, Func<T, string> keyOf,
        CancellationToken cancellationToken)
    {
        var node = filter?.ToNode();
        var settings = OffsetListing.Settings(
            ContactsVendor.Wix, operation, ListingScope.Fingerprint("wix-" + kind, node?.ToJsonString()), WixCapabilities.MaxPageSize, WixCapabilities.MaxPageSize);
        async Task<OffsetPage<T>> FetchAsync(int offset, int size, CancellationToken ct)
        {
            var body = WixContactResolver.QueryBody((JsonObject?)node?.DeepClone(), offset, size);
            body["query"]!["sort"] = new JsonArray(new JsonObject { ["fieldName"] = "displayName", ["order"] = "ASC" });
            var (items, total) = await fetch(body, ct).ConfigureAwait(false);
            return new OffsetPage<T>(items, total);
        }

        return OffsetListing.Create(settings, FetchAsync, keyOf, cancellationToken);
    }

    private async Task<JsonObject?> FacadeFilterAsync(ContactQuery query, CancellationToken cancellationToken)
    {
        var parts = new List<JsonObject>();
        if (query.Tag is { } tag)
        {
            var key = await _resolver.FindLabelKeyAsync(tag, cancellationToken).ConfigureAwait(false);
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

    private Task<WixContactEnvelope> FetchAsync(string contactId, CancellationToken cancellationToken)
        => _caller.SendAsync(ct => _api.GetContactAsync(contactId, ct), cancellationToken);

    private async Task<Contact> PatchAsync(string contactId, int? revision, JsonObject info, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["revision"] = revision ?? 0, ["info"] = info };
        var envelope = await _caller.SendAsync(ct => _api.UpdateContactAsync(contactId, body, ct), cancellationToken).ConfigureAwait(false);
        return await _resolver.ToContactAsync(envelope, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Contact> LabelAsync(string contactId, List<string> keys, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["labelKeys"] = new JsonArray([.. keys.Select(key => (JsonNode?)key)]) };
        var envelope = await _caller.SendAsync(ct => _api.LabelContactAsync(contactId, body, ct), cancellationToken).ConfigureAwait(false);
        return await _resolver.ToContactAsync(envelope, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Contact> UnlabelAsync(string contactId, List<string> keys, CancellationToken cancellationToken)
    {
        var envelope = await _caller.SendAsync(ct => _api.UnlabelContactAsync(contactId, keys, ct), cancellationToken).ConfigureAwait(false);
        return await _resolver.ToContactAsync(envelope, cancellationToken).ConfigureAwait(false);
    }

    // Read, change, write with the revision read; a concurrent writer's change makes Wix refuse, so read again and re-apply.
    private async Task<WixContactResource> EditAsync(
        string contactId, Func<WixContactResource, JsonObject?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = (await FetchAsync(contactId, cancellationToken).ConfigureAwait(false)).Contact;
            if (change(current) is not { } info)
            {
                return current;
            }

            var body = new JsonObject { ["revision"] = current.Revision ?? 0, ["info"] = info };
            try
            {
                var envelope = await _caller.SendAsync(ct => _api.UpdateContactAsync(current.Id, body, ct), cancellationToken).ConfigureAwait(false);
                return envelope.Contact;
            }
            catch (ContactConflictException ex) when (ex.VendorErrorCode == WixAssumptions.RevisionConflictCode && attempt < MaxWriteAttempts)
            {
                // Another writer won this revision; the next round starts from theirs.
            }
        }
    }

    // ---- Change feed (issue 15) ----

    /// <inheritdoc/>
    /// <remarks>Reads contacts whose <c>updatedDate</c> falls in the window, sorted by the immutable <c>createdDate</c> and paged by key. Wix keeps no delete history: deletes and merges come from <see cref="ReconcileAsync"/> (or webhooks). The checkpoint is bound to the site id (or app instance id). Millisecond precision.</remarks>
    public virtual IAsyncEnumerable<ContactChange> GetChangesAsync(
        ChangeFeedCheckpoint? since, ChangeFeedOptions? options = null, CancellationToken cancellationToken = default)
        => ChangeFeedReader.Start(ChangeFeed(), _clock, since, options, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>Checks 100 known ids per query (<c>id $in</c>); an id Wix lacks is read directly: a <c>responseType: MERGED</c> answer gives <see cref="ContactChangeKind.Merged"/> with the target's id, a 404 gives <see cref="ContactChangeKind.Deleted"/>.</remarks>
    public virtual IAsyncEnumerable<ContactChange> ReconcileAsync(IAsyncEnumerable<string> knownIds, CancellationToken cancellationToken = default)
        => Reconciler.Start(ChangeFeed(), knownIds, cancellationToken);

    private WixChangeFeed ChangeFeed() => new(_api, _caller, _resolver, _feedAccount);
}
