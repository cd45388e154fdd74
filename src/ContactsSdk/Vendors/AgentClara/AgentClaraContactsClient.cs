using ContactsSdk.Changes;
using ContactsSdk.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Errors;
using ContactsSdk.Internal;
using ContactsSdk.Paging;
using ContactsSdk.Vendors.AgentClara.Models;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>
/// Manages the contacts of one AgentClara sub-account. Resolve it from DI (<c>AddAgentClara</c>) or build it with
/// <see cref="DependencyInjection.ContactsClientBuilder"/>.
/// </summary>
/// <remarks>
/// AgentClara has no concurrency token: tag and channel changes read the contact, then write the whole field. Within one
/// process the client holds a per-contact write lock around each such read-modify-write, so concurrent writers through the
/// SDK never lose each other's tags or channels; a writer in another process (or outside the SDK) can still overwrite them.
/// Company and job title are not stored.
/// <para>
/// The class is sealed: depend on <see cref="IAgentClaraContactsClient"/> (or <see cref="IContactsClient"/>), which is what DI hands out and
/// what a test double implements; the fakes in <c>ContactsSdk.Testing</c> are the recommended double (see
/// <c>docs/extending-and-mocking.md</c>).
/// </para>
/// </remarks>
public sealed class AgentClaraContactsClient : IAgentClaraContactsClient
{
    private const int DefaultPageSize = 100;
    private const int MaxSearchLimit = 100;

    private readonly IAgentClaraApi _api;
    private readonly VendorApiCaller _caller;
    private readonly VendorClientContext _context;

    internal AgentClaraContactsClient(IAgentClaraApi api, VendorClientContext context)
    {
        _api = api;
        _context = context;
        _caller = new VendorApiCaller(new ContactsExceptionFactory(ContactsVendor.AgentClara, AgentClaraErrorParser.Instance, context.Redact), context.Clock);
        Conversations = new AgentClaraConversationsClient(api, _caller);
    }

    /// <inheritdoc/>
    public IAgentClaraConversationsClient Conversations { get; }

    /// <inheritdoc/>
    public ContactsVendor Vendor => ContactsVendor.AgentClara;

    /// <inheritdoc/>
    public ContactsCapabilities Capabilities => AgentClaraCapabilities.Value;

    /// <inheritdoc/>
    public Task<Contact> GetAsync(string contactId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.Get, ct => GetCoreAsync(contactId, ct), cancellationToken);

    private async Task<Contact> GetCoreAsync(string contactId, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        return await FetchAsync(contactId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<Contact?> TryGetAsync(string contactId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.TryGet, ct => TryGetCoreAsync(contactId, ct), cancellationToken);

    private async Task<Contact?> TryGetCoreAsync(string contactId, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        var envelope = await _caller.SendOrNullIfNotFoundAsync(ct => _api.GetContactAsync(contactId, ct), cancellationToken).ConfigureAwait(false);
        return envelope is null ? null : AgentClaraMapper.ToContact(Data(envelope));
    }

    /// <inheritdoc/>
    /// <remarks>
    /// AgentClara filters by <see cref="ContactQuery.Search"/> and <see cref="ContactQuery.Tag"/> itself; <see cref="ContactQuery.Email"/>
    /// is searched for and then matched exactly, and the time bounds are applied on our side (stopping early when the
    /// order allows). Times sort newest first and names A→Z; asking for the other direction throws
    /// <see cref="UnsupportedContactOperationException"/>. Paging is by offset, so a contact inserted or deleted between pages
    /// can shift the listing: repeats are dropped, but AgentClara offers no key to page by. List items carry no custom
    /// fields (a reduced projection): they come back with <see cref="Contact.CustomFieldsLoaded"/> false, and
    /// <see cref="GetAsync"/> reads them.
    /// </remarks>
    public Pageable<Contact> ListAsync(ContactQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new ContactQuery();
        Guard.Query(query, nameof(query));
        if (!AgentClaraMapper.IsNaturalDirection(query.SortBy, query.Descending))
        {
            throw new UnsupportedContactOperationException(ContactsVendor.AgentClara, $"sorting by {query.SortBy} in that direction")
                .Stamp(ContactsVendor.AgentClara, ContactsOperations.List);
        }

        var listing = new AgentClaraContactListing(_api, _caller, query);
        var settings = PagerSettings.ForContacts(
            ContactsVendor.AgentClara, query, DefaultPageSize, AgentClaraCapabilities.MaxPageSize, OffsetPositions.After);
        return new PagerPageable<Contact>(new Pager<Contact>(settings, listing.FetchAsync, contact => contact.Id), cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// AgentClara requires a name, keeps at most one email and one phone (E.164), and stores no company or job title.
    /// The create is never retried blindly: after a 500/503 the client looks for exactly this contact (same name, email,
    /// phone and tags, created since the call started), returns it if AgentClara stored it and creates again only if it
    /// did not; after a timeout, 502/504 or dropped connection it looks too but never sends the create again — the request
    /// may still land. A cancelled create may also still land. See <see cref="IContactsClient.CreateAsync"/>.
    /// </remarks>
    public Task<Contact> CreateAsync(ContactDraft draft, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.Create, ct => CreateCoreAsync(draft, ct), cancellationToken);

    private async Task<Contact> CreateCoreAsync(ContactDraft draft, CancellationToken cancellationToken)
    {
        draft = EmailAddresses.NormalizeDraft(draft, nameof(draft));
        AgentClaraRules.Draft(draft, nameof(draft));
        var tags = Guard.TagsOrEmpty(draft.Tags, nameof(draft));
        var request = AgentClaraMapper.ToCreateRequest(draft, tags);
        var stored = draft with { Tags = tags };
        return await SafeCreate.RunAsync(
            async ct => AgentClaraMapper.ToContact(Data(await _caller.SendAsync(token => _api.CreateContactAsync(request, token), ct).ConfigureAwait(false))),
            (since, ct) => CreatedContactLookup.FindAsync(this, stored, since, ct),
            found => found,
            _context.Clock,
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>AgentClara has no revisions: <see cref="ContactPatch.ExpectedRevision"/> is ignored. An empty patch sends no write.</remarks>
    public Task<Contact> UpdateAsync(string contactId, ContactPatch patch, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.Update, ct => UpdateCoreAsync(contactId, patch, ct), cancellationToken);

    private async Task<Contact> UpdateCoreAsync(string contactId, ContactPatch patch, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        AgentClaraRules.Patch(patch, nameof(patch));
        if (patch.IsEmpty)
        {
            return await FetchAsync(contactId, cancellationToken).ConfigureAwait(false);
        }

        return await PatchAsync(contactId, AgentClaraMapper.ToUpdateBody(patch), cancellationToken).ConfigureAwait(false);
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
    public Task<Contact> AddTagsAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.AddTags, ct => AddTagsCoreAsync(contactId, tags, ct), cancellationToken);

    private Task<Contact> AddTagsCoreAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        var added = Guard.Tags(tags, nameof(tags));
        return _context.WriteLock.RunAsync(contactId, ct => RewriteTagsAsync(contactId, existing => TagLists.Union(existing, added), ct), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Contact> RemoveTagsAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.RemoveTags, ct => RemoveTagsCoreAsync(contactId, tags, ct), cancellationToken);

    private Task<Contact> RemoveTagsCoreAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        var removed = Guard.Tags(tags, nameof(tags));
        return _context.WriteLock.RunAsync(contactId, ct => RewriteTagsAsync(contactId, existing => TagLists.Except(existing, removed), ct), cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// AgentClara keeps one email and one phone: adding a second throws <see cref="ContactConflictException"/>, and adding the
    /// value the contact already has returns the existing channel. The channel id is <c>email</c> or <c>phone</c>.
    /// </remarks>
    public Task<ContactChannel> AddChannelAsync(string contactId, ContactChannel channel, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.AddChannel, ct => AddChannelCoreAsync(contactId, channel, ct), cancellationToken);

    private Task<ContactChannel> AddChannelCoreAsync(string contactId, ContactChannel channel, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        channel = EmailAddresses.NormalizeChannel(channel, nameof(channel));
        AgentClaraRules.Channel(channel, nameof(channel));
        return _context.WriteLock.RunAsync(contactId, ct => AddChannelLockedAsync(contactId, channel, ct), cancellationToken);
    }

    private async Task<ContactChannel> AddChannelLockedAsync(string contactId, ContactChannel channel, CancellationToken cancellationToken)
    {
        var contact = await FetchAsync(contactId, cancellationToken).ConfigureAwait(false);
        var existing = contact.Channels.FirstOrDefault(current => current.Kind == channel.Kind);
        if (existing is not null)
        {
            return string.Equals(existing.Value, channel.Value, StringComparison.OrdinalIgnoreCase)
                ? existing
                : throw new ContactConflictException($"AgentClara keeps one {channel.Kind} per contact and this contact has one; update channel '{existing.Id}' instead.")
                {
                    Vendor = ContactsVendor.AgentClara,
                    Operation = ContactsOperations.AddChannel,
                };
        }

        return await WriteChannelAsync(contactId, channel.Kind, channel.Value, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>The channel id is <c>email</c> or <c>phone</c>, and the new channel must be of the same kind.</remarks>
    public Task<ContactChannel> UpdateChannelAsync(
        string contactId, string channelId, ContactChannel channel, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.UpdateChannel, ct => UpdateChannelCoreAsync(contactId, channelId, channel, ct), cancellationToken);

    private async Task<ContactChannel> UpdateChannelCoreAsync(string contactId, string channelId, ContactChannel channel, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        var kind = AgentClaraRules.KindOfChannelId(channelId, nameof(channelId));
        channel = EmailAddresses.NormalizeChannel(channel, nameof(channel));
        AgentClaraRules.Channel(channel, nameof(channel));
        if (channel.Kind != kind)
        {
            throw new ArgumentException($"Channel '{channelId}' holds a {kind}, not a {channel.Kind}.", nameof(channel));
        }

        return await _context.WriteLock.RunAsync(contactId, ct => UpdateChannelLockedAsync(contactId, kind, channel, ct), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ContactChannel> UpdateChannelLockedAsync(string contactId, ChannelKind kind, ContactChannel channel, CancellationToken cancellationToken)
    {
        var contact = await FetchAsync(contactId, cancellationToken).ConfigureAwait(false);
        if (!contact.Channels.Any(current => current.Kind == kind))
        {
            throw new ContactNotFoundException($"AgentClara contact {contactId} has no {kind} channel to update.")
            {
                Vendor = ContactsVendor.AgentClara,
                Operation = ContactsOperations.UpdateChannel,
            };
        }

        return await WriteChannelAsync(contactId, kind, channel.Value, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>Removing a channel the contact does not have changes nothing and does not throw, so the call is safe to repeat.</remarks>
    public Task RemoveChannelAsync(string contactId, string channelId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.RemoveChannel, ct => RemoveChannelCoreAsync(contactId, channelId, ct), cancellationToken);

    private async Task RemoveChannelCoreAsync(string contactId, string channelId, CancellationToken cancellationToken)
    {
        GuardContactId(contactId);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        var kind = AgentClaraRules.KindOfChannelId(channelId, nameof(channelId));
        await PatchAsync(contactId, AgentClaraMapper.ToChannelBody(kind, null), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Uses <c>GET /contacts/search?q=&amp;limit=</c>, one request on first iteration. A continuation token is never
    /// written (there is no second page), so any token given to <c>AsPages</c> is refused.
    /// </remarks>
    public Pageable<Contact> SearchAsync(string query, int limit = 10, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxSearchLimit);
        var settings = new PagerSettings(ContactsVendor.AgentClara, ListingScope.Fingerprint("search", query), limit, limit, limit, null)
        {
            Operation = ContactsOperations.Search,
            IsValidPosition = static _ => false,
        };
        return new PagerPageable<Contact>(new Pager<Contact>(settings, (_, size, ct) => SearchPageAsync(query, size, ct), contact => contact.Id), cancellationToken);
    }

    private static void GuardContactId(string contactId) => AgentClaraRules.GuardContactId(contactId, nameof(contactId));

    private static AgentClaraContactResource Data(AgentClaraEnvelope<AgentClaraContactResource> envelope)
        => envelope.Data;

    private async Task<Contact> FetchAsync(string contactId, CancellationToken cancellationToken)
    {
        var envelope = await _caller.SendAsync(ct => _api.GetContactAsync(contactId, ct), cancellationToken).ConfigureAwait(false);
        return AgentClaraMapper.ToContact(Data(envelope));
    }

    private async Task<Contact> PatchAsync(string contactId, JsonObject body, CancellationToken cancellationToken)
    {
        var envelope = await _caller.SendAsync(ct => _api.UpdateContactAsync(contactId, body, ct), cancellationToken).ConfigureAwait(false);
        return AgentClaraMapper.ToContact(Data(envelope));
    }

    private async Task<Contact> RewriteTagsAsync(string contactId, Func<IReadOnlyList<string>, List<string>> change, CancellationToken cancellationToken)
    {
        var contact = await FetchAsync(contactId, cancellationToken).ConfigureAwait(false);
        var tags = change(contact.Tags);
        if (TagLists.SameTags(tags, [.. contact.Tags]))
        {
            return contact;
        }

        return await PatchAsync(contactId, AgentClaraMapper.ToTagsBody(tags), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ContactChannel> WriteChannelAsync(
        string contactId, ChannelKind kind, string value, CancellationToken cancellationToken)
    {
        var updated = await PatchAsync(contactId, AgentClaraMapper.ToChannelBody(kind, value), cancellationToken).ConfigureAwait(false);
        return updated.Channels.FirstOrDefault(current => current.Kind == kind) ?? AgentClaraMapper.ToChannel(kind, value);
    }

    private async Task<PageResult<Contact>> SearchPageAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var envelope = await _caller.SendAsync(ct => _api.SearchContactsAsync(query, limit, ct), cancellationToken).ConfigureAwait(false);
        return new PageResult<Contact>([.. envelope.Data.Select(resource => AgentClaraMapper.ToContact(resource))], null, null);
    }

    // ---- Change feed (issue 15) ----

    /// <inheritdoc/>
    /// <remarks>Reads <c>GET /contacts?sort=updated</c> (assumed newest first, UNCONFIRMED) and cuts the window out of it, stopping at the first contact updated before the window. AgentClara keeps no delete history: deletes come from <see cref="ReconcileAsync"/>. The checkpoint is bound to a fingerprint of the API key (never the key). Second precision.</remarks>
    public ContactChangeFeed GetChangesAsync(
        ChangeFeedCheckpoint? since, ChangeFeedOptions? options = null, CancellationToken cancellationToken = default)
        => ChangeFeedReader.Start(ChangeFeed(), _context.Clock, since, options, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>Scans the contacts once per 10,000 known ids; each id the scan lacks is read directly before it is called deleted.</remarks>
    public IAsyncEnumerable<ContactChange> ReconcileAsync(IAsyncEnumerable<string> knownIds, CancellationToken cancellationToken = default)
        => Reconciler.Start(ChangeFeed(), knownIds, cancellationToken);

    private AgentClaraChangeFeed ChangeFeed() => new(_api, _caller, _context.FeedAccount);
}
