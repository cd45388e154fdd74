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
/// <see cref="DependencyInjection.ContactsClientBuilder"/>; labels, extended fields and bulk jobs are its
/// <see cref="Labels"/>, <see cref="ExtendedFields"/> and <see cref="Bulk"/> sub-clients.
/// </summary>
/// <remarks>
/// Tags are labels (matched by display name, created on first use); custom fields are extended fields (created on
/// first use with a type inferred from the value); Wix's system extended fields are not custom fields: they are read with
/// <see cref="IWixExtendedFieldsClient.GetValuesForContactAsync"/> and are not writable.
/// Updates carry the contact's revision; tag changes use Wix's atomic label endpoints, and channel changes re-read
/// and re-apply on a revision conflict, so concurrent writers never lose each other's changes.
/// The class is sealed: to stand in for it in tests, mock <see cref="IWixContactsClient"/> or use <c>WixFake</c>.
/// </remarks>
public sealed class WixContactsClient : IWixContactsClient
{
    private const int MaxMergeSources = 5;

    /// <summary>How many times a channel change re-reads and re-applies after a revision conflict before giving up.</summary>
    internal const int MaxWriteAttempts = 10;

    private readonly IWixApi _api;
    private readonly VendorApiCaller _caller;
    private readonly WixContactResolver _resolver;
    private readonly TimeProvider _clock;
    private readonly WixLabelsClient _labels;
    private readonly string _feedAccount;

    internal WixContactsClient(IWixApi api, VendorClientContext context, WixDirectory? directory = null)
    {
        _api = api;
        _clock = context.Clock;
        _caller = new VendorApiCaller(new ContactsExceptionFactory(ContactsVendor.Wix, WixErrorParser.Instance, context.Redact), context.Clock);
        _resolver = new WixContactResolver(api, _caller, directory ?? new WixDirectory());
        var parts = new WixClientParts(api, _caller, _resolver, context.Clock);
        _labels = new WixLabelsClient(parts);
        ExtendedFields = new WixExtendedFieldsClient(parts);
        Bulk = new WixBulkClient(parts);
        _feedAccount = context.FeedAccount;
    }

    /// <inheritdoc/>
    public ContactsVendor Vendor => ContactsVendor.Wix;

    /// <inheritdoc/>
    public ContactsCapabilities Capabilities => WixCapabilities.Value;

    /// <inheritdoc/>
    /// <remarks>The id of a contact merged into another returns that target (Wix <c>responseType: MERGED</c>).</remarks>
    public Task<Contact> GetAsync(string contactId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.Get, ct => GetCoreAsync(contactId, ct), cancellationToken);

    private async Task<Contact> GetCoreAsync(string contactId, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        return await _resolver.ToContactAsync(await FetchAsync(contactId, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<Contact?> TryGetAsync(string contactId, CancellationToken cancellationToken = default)
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
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "ApiDesign", "RS0026", Justification = "One verb per concept: Wix's own query lists contacts like the facade's; neither overload will grow.")]
    public Pageable<Contact> ListAsync(ContactQuery? query = null, CancellationToken cancellationToken = default)
    {
        var (spec, settings) = WixListingSpecs.ForFacade(query ?? new ContactQuery(), _resolver);
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
    public Task<Contact> CreateAsync(ContactDraft draft, CancellationToken cancellationToken = default)
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
    public Task<Contact> UpdateAsync(string contactId, ContactPatch patch, CancellationToken cancellationToken = default)
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
    public Task DeleteAsync(string contactId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.Delete, ct => DeleteCoreAsync(contactId, ct), cancellationToken);

    private async Task DeleteCoreAsync(string contactId, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        await _caller.SendAsync(ct => _api.DeleteContactAsync(contactId, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>Each tag is a label found or created by display name; Wix adds them atomically, so concurrent writers never lose tags.</remarks>
    public Task<Contact> AddTagsAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.AddTags, ct => AddTagsCoreAsync(contactId, tags, ct), cancellationToken);

    private async Task<Contact> AddTagsCoreAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        var added = Guard.Tags(tags, nameof(tags));
        var keys = await _resolver.LabelKeysForAsync(added, cancellationToken).ConfigureAwait(false);
        return await _labels.AddKeysAsync(contactId, keys, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Tags match the contact's label display names without regard to case or Unicode normal form; a tag the contact lacks is ignored.
    /// </remarks>
    public Task<Contact> RemoveTagsAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.RemoveTags, ct => RemoveTagsCoreAsync(contactId, tags, ct), cancellationToken);

    private async Task<Contact> RemoveTagsCoreAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        var removed = Guard.Tags(tags, nameof(tags));
        var envelope = await FetchAsync(contactId, cancellationToken).ConfigureAwait(false);
        var contact = await _resolver.ToContactAsync(envelope, cancellationToken).ConfigureAwait(false);
        var keys = (envelope.Contact?.Info?.LabelKeys?.Items ?? [])
            .Where(key => removed.Any(tag => WixContactResolver.SameName(_resolver.Directory.LabelName(key), tag) || string.Equals(key, tag, StringComparison.OrdinalIgnoreCase))).ToList();
        return keys.Count == 0 ? contact : await _labels.RemoveKeysAsync(contact.Id, keys, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Emails and phones only; <see cref="ContactChannel.Label"/> is the Wix tag (MAIN, HOME, WORK, MOBILE, FAX). Adding a
    /// value the contact already has returns the existing channel.
    /// </remarks>
    public Task<ContactChannel> AddChannelAsync(string contactId, ContactChannel channel, CancellationToken cancellationToken = default)
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
    public Task<ContactChannel> UpdateChannelAsync(
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
    public Task RemoveChannelAsync(string contactId, string channelId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.RemoveChannel, ct => RemoveChannelCoreAsync(contactId, channelId, ct), cancellationToken);

    private async Task RemoveChannelCoreAsync(string contactId, string channelId, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        await EditAsync(contactId, contact => WixChannelEdit.Remove(contact, channelId), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public IWixLabelsClient Labels => _labels;

    /// <inheritdoc/>
    public IWixExtendedFieldsClient ExtendedFields { get; }

    /// <inheritdoc/>
    public IWixBulkClient Bulk { get; }

    /// <inheritdoc/>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "ApiDesign", "RS0026", Justification = "One verb per concept: Wix's own query lists contacts like the facade's; neither overload will grow.")]
    public Pageable<Contact> ListAsync(WixContactQuery query, CancellationToken cancellationToken = default)
    {
        var (spec, settings) = WixListingSpecs.ForQuery(query);
        return ContactListing(spec, settings, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Contact> MergeAsync(
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
    public Task<Contact> PreviewMergeAsync(
        string targetContactId, IReadOnlyCollection<string> sourceContactIds, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.PreviewMerge, ct => PreviewMergeCoreAsync(targetContactId, sourceContactIds, ct), cancellationToken);

    private async Task<Contact> PreviewMergeCoreAsync(string targetContactId, IReadOnlyCollection<string> sourceContactIds, CancellationToken cancellationToken)
    {
        var sources = GuardMerge(targetContactId, sourceContactIds);
        var body = new JsonObject { ["sourceContactIds"] = new JsonArray([.. sources.Select(id => (JsonNode?)id)]) };
        var envelope = await _caller.SendAsync(ct => _api.PreviewMergeContactsAsync(targetContactId, body, ct), cancellationToken).ConfigureAwait(false);
        return await _resolver.ToContactAsync(envelope, cancellationToken).ConfigureAwait(false);
    }

    private static void GuardContactId(string contactId) => WixClientParts.GuardContactId(contactId);

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

    private static ContactNotFoundException MissingChannel(string operation, string contactId)
        => new($"Wix contact {contactId} has no such email or phone channel.") { Vendor = ContactsVendor.Wix, Operation = operation };

    private PagerPageable<Contact> ContactListing(WixListingSpec spec, PagerSettings settings, CancellationToken cancellationToken)
    {
        var listing = new WixContactListing(spec, _api, _caller, _resolver);
        var pager = new Pager<Contact>(settings with { IsValidPosition = listing.IsValidPosition }, listing.FetchAsync, contact => contact.Id);
        return new PagerPageable<Contact>(pager, cancellationToken);
    }

    private Task<WixContactEnvelope> FetchAsync(string contactId, CancellationToken cancellationToken)
        => _caller.SendAsync(ct => _api.GetContactAsync(contactId, ct), cancellationToken);

    private async Task<Contact> PatchAsync(string contactId, int? revision, JsonObject info, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["revision"] = revision ?? 0, ["info"] = info };
        var envelope = await _caller.SendAsync(ct => _api.UpdateContactAsync(contactId, body, ct), cancellationToken).ConfigureAwait(false);
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
    public ContactChangeFeed GetChangesAsync(
        ChangeFeedCheckpoint? since, ChangeFeedOptions? options = null, CancellationToken cancellationToken = default)
        => ChangeFeedReader.Start(ChangeFeed(), _clock, since, options, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>Checks 100 known ids per query (<c>id $in</c>); an id Wix lacks is read directly: a <c>responseType: MERGED</c> answer gives <see cref="ContactChangeKind.Merged"/> with the target's id, a 404 gives <see cref="ContactChangeKind.Deleted"/>.</remarks>
    public IAsyncEnumerable<ContactChange> ReconcileAsync(IAsyncEnumerable<string> knownIds, CancellationToken cancellationToken = default)
        => Reconciler.Start(ChangeFeed(), knownIds, cancellationToken);

    private WixChangeFeed ChangeFeed() => new(_api, _caller, _resolver, _feedAccount);
}
