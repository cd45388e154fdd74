using ContactsSdk.Changes;
using ContactsSdk.Diagnostics;
using System.Globalization;
using ContactsSdk.Errors;
using ContactsSdk.Internal;
using ContactsSdk.Paging;
using ContactsSdk.Vendors.Ecwid.Models;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>
/// Manages the customers of one Ecwid store as contacts. Resolve it from DI (<c>AddEcwid</c>) or build it with
/// <see cref="DependencyInjection.ContactsClientBuilder"/>.
/// </summary>
/// <remarks>
/// A contact is an Ecwid customer; its channels are the customer's contacts. Ecwid's "update customer" call rewrites a
/// customer's whole contact list, so this client never sends that list: every channel change goes through the
/// dedicated customer-contact endpoints, and concurrent channel changes never lose each other. Ecwid has no concurrency
/// token: within one process the client holds a per-customer write lock around each read-modify-write (an update of the
/// billing person, a channel add that first checks for the same value), so writers through the SDK never lose each
/// other's change or duplicate a channel; a writer in another process can still interleave. Ecwid has no tags,
/// custom fields or job title; <see cref="Capabilities"/> says so and those calls throw
/// <see cref="UnsupportedContactOperationException"/> before any request.
/// <para>
/// The class is sealed: depend on <see cref="IEcwidContactsClient"/> (or <see cref="IContactsClient"/>), which is what DI hands out and
/// what a test double implements; the fakes in <c>ContactsSdk.Testing</c> are the recommended double (see
/// <c>docs/extending-and-mocking.md</c>).
/// </para>
/// </remarks>
public sealed class EcwidContactsClient : IEcwidContactsClient
{
    /// <summary>
    /// The channel id of a customer's billing phone (<c>billingPerson.phone</c>), which older customers have instead of a
    /// PHONE contact. <see cref="UpdateChannelAsync"/> and <see cref="RemoveChannelAsync"/> accept it and rewrite the billing
    /// person; a billing phone that a PHONE contact already holds is not listed twice.
    /// </summary>
    public const string BillingPhoneChannelId = "billingPhone";

    private const int DefaultPageSize = EcwidCapabilities.MaxPageSize;

    private readonly IEcwidApi _api;
    private readonly VendorApiCaller _caller;
    private readonly VendorClientContext _context;
    private readonly EcwidCustomerContactsClient _customerContacts;

    internal EcwidContactsClient(IEcwidApi api, VendorClientContext context)
    {
        _api = api;
        _context = context;
        _caller = new VendorApiCaller(new ContactsExceptionFactory(ContactsVendor.Ecwid, EcwidErrorParser.Instance, context.Redact), context.Clock);
        _customerContacts = new EcwidCustomerContactsClient(api, _caller);
        Groups = new EcwidCustomerGroupsClient(api, _caller, context.WriteLock);
        DeletedCustomers = new EcwidDeletedCustomersClient(api, _caller);
    }

    /// <inheritdoc/>
    public IEcwidCustomerContactsClient CustomerContacts => _customerContacts;

    /// <inheritdoc/>
    public IEcwidCustomerGroupsClient Groups { get; }

    /// <inheritdoc/>
    public IEcwidDeletedCustomersClient DeletedCustomers { get; }

    /// <inheritdoc/>
    public ContactsVendor Vendor => ContactsVendor.Ecwid;

    /// <inheritdoc/>
    public ContactsCapabilities Capabilities => EcwidCapabilities.Value;

    /// <inheritdoc/>
    public Task<Contact> GetAsync(string contactId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.Get, ct => GetCoreAsync(contactId, ct), cancellationToken);

    private async Task<Contact> GetCoreAsync(string contactId, CancellationToken cancellationToken)
    {
        var id = CustomerId(contactId);
        return EcwidMapper.ToContact(await FetchAsync(id, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    public Task<Contact?> TryGetAsync(string contactId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.TryGet, ct => TryGetCoreAsync(contactId, ct), cancellationToken);

    private async Task<Contact?> TryGetCoreAsync(string contactId, CancellationToken cancellationToken)
    {
        var id = CustomerId(contactId);
        var customer = await _caller.SendOrNullIfNotFoundAsync(ct => _api.GetCustomerAsync(id, ct), cancellationToken).ConfigureAwait(false);
        return customer is null ? null : EcwidMapper.ToContact(customer);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Lists with <c>GET /customers</c>, always sending <c>limit</c> and <c>sortBy</c>. <see cref="ContactQuery.Search"/> is
    /// Ecwid's <c>keyword</c> (name and email), <see cref="ContactQuery.Email"/> an exact email match, and the time bounds
    /// <c>createdFrom</c>/<c>updatedFrom</c> in UNIX seconds. Sorted by creation (the default, oldest first) the listing
    /// pages by registration date, so customers added or removed meanwhile are neither skipped nor repeated; other sorts
    /// page by offset, dropping repeats. Ecwid has no tags: <see cref="ContactQuery.Tag"/> throws
    /// <see cref="UnsupportedContactOperationException"/>.
    /// </remarks>
    public Pageable<Contact> ListAsync(ContactQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new ContactQuery();
        Guard.Query(query, nameof(query));
        if (query.Tag is not null)
        {
            throw new UnsupportedContactOperationException(ContactsVendor.Ecwid, "filtering by tag").Stamp(ContactsVendor.Ecwid, ContactsOperations.List);
        }

        var listing = new EcwidCustomerListing(_api, _caller, query);
        var settings = PagerSettings.ForContacts(ContactsVendor.Ecwid, query, DefaultPageSize, EcwidCapabilities.MaxPageSize, listing.PositionAfterItems)
            with { IsValidPosition = listing.IsValidPosition };
        return new PagerPageable<Contact>(new Pager<Contact>(settings, listing.FetchAsync, contact => contact.Id), cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Ecwid requires an email: the draft's primary (else first) Email channel becomes the customer's email, checked before
    /// any request. The customer is created without channels, then every other channel is added through the contact
    /// endpoints, and the fresh customer is returned. The name and company go to the billing person. Emails are trimmed.
    /// After an ambiguous failure the client looks the customer up by email (unique per store): a customer that is
    /// exactly this create is returned, another customer holding the email throws <see cref="ContactConflictException"/>;
    /// see <see cref="IContactsClient.CreateAsync"/>.
    /// </remarks>
    public Task<Contact> CreateAsync(ContactDraft draft, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.Create, ct => CreateCoreAsync(draft, ct), cancellationToken);

    private async Task<Contact> CreateCoreAsync(ContactDraft draft, CancellationToken cancellationToken)
    {
        draft = EmailAddresses.NormalizeDraft(draft, nameof(draft));
        var email = EcwidRules.Draft(draft, nameof(draft));
        var request = EcwidMapper.ToCreateRequest(draft, email);
        var id = await SafeCreate.RunAsync(
            async ct => (await _caller.SendAsync(token => _api.CreateCustomerAsync(request, token), ct).ConfigureAwait(false)).Id is > 0 and var newId
                ? newId
                : throw new ContactsException("Ecwid CreateCustomer answered without an id.") { Vendor = ContactsVendor.Ecwid, Operation = ContactsOperations.Create },
            (since, ct) => CreatedContactLookup.FindAsync(this, draft, since, ct),
            found => long.Parse(found.Id, CultureInfo.InvariantCulture),
            _context.Clock,
            cancellationToken).ConfigureAwait(false);
        var emailChannel = EcwidRules.EmailOf(draft);
        foreach (var channel in draft.Channels.Where(channel => !ReferenceEquals(channel, emailChannel)))
        {
            var type = EcwidRules.Channel(channel, nameof(draft));
            await LockedAsync(id, ct => AddContactOnceAsync(id, EcwidMapper.ToContactRequest(channel, type), ct), cancellationToken).ConfigureAwait(false);
        }

        return EcwidMapper.ToContact(await FetchAsync(id, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Changes customer-level fields only — the name and company of the billing person, which Ecwid replaces as a whole, so
    /// the current one is read and sent back with only those fields changed. The customer's contacts are never sent, so
    /// its channels and their ids stay as they are. Ecwid has no revisions: <see cref="ContactPatch.ExpectedRevision"/>
    /// is ignored. An empty patch sends no write.
    /// </remarks>
    public Task<Contact> UpdateAsync(string contactId, ContactPatch patch, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.Update, ct => UpdateCoreAsync(contactId, patch, ct), cancellationToken);

    private async Task<Contact> UpdateCoreAsync(string contactId, ContactPatch patch, CancellationToken cancellationToken)
    {
        var id = CustomerId(contactId);
        EcwidRules.Patch(patch, nameof(patch));
        return await LockedAsync(id, ct => UpdateLockedAsync(id, patch, ct), cancellationToken).ConfigureAwait(false);
    }

    // The billing person is replaced as a whole: read, change, write under the customer's lock.
    private async Task<Contact> UpdateLockedAsync(long id, ContactPatch patch, CancellationToken cancellationToken)
    {
        var current = await FetchAsync(id, cancellationToken).ConfigureAwait(false);
        if (patch.IsEmpty)
        {
            return EcwidMapper.ToContact(current);
        }

        var request = EcwidMapper.ToUpdateRequest(patch, current.BillingPerson);
        await _caller.SendAsync(ct => _api.UpdateCustomerAsync(id, request, ct), cancellationToken).ConfigureAwait(false);
        return EcwidMapper.ToContact(await FetchAsync(id, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    /// <remarks>The customer then shows in <see cref="DeletedCustomers"/>.</remarks>
    public Task DeleteAsync(string contactId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.Delete, ct => DeleteCoreAsync(contactId, ct), cancellationToken);

    private async Task DeleteCoreAsync(string contactId, CancellationToken cancellationToken)
    {
        var id = CustomerId(contactId);
        await _caller.SendAsync(ct => _api.DeleteCustomerAsync(id, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>Ecwid has no tags: this always throws <see cref="UnsupportedContactOperationException"/>, before any request.</remarks>
    public Task<Contact> AddTagsAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.AddTags, ct => AddTagsCoreAsync(contactId, tags, ct), cancellationToken);

    private static Task<Contact> AddTagsCoreAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        CustomerId(contactId);
        Guard.Tags(tags, nameof(tags));
        throw new UnsupportedContactOperationException(ContactsVendor.Ecwid, ContactsOperations.AddTags);
    }

    /// <inheritdoc/>
    /// <remarks>Ecwid has no tags: this always throws <see cref="UnsupportedContactOperationException"/>, before any request.</remarks>
    public Task<Contact> RemoveTagsAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.RemoveTags, ct => RemoveTagsCoreAsync(contactId, tags, ct), cancellationToken);

    private static Task<Contact> RemoveTagsCoreAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        CustomerId(contactId);
        Guard.Tags(tags, nameof(tags));
        throw new UnsupportedContactOperationException(ContactsVendor.Ecwid, ContactsOperations.RemoveTags);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Uses <c>POST /customers/{id}/contacts</c>, which leaves the customer's other contacts alone. That call answers only
    /// <c>{"createCount": 1}</c>, not the new contact's id, so the client lists the customer's contacts again and returns the
    /// newest one with the same type and value (Ecwid's ids are assumed to grow, UNCONFIRMED). The add is idempotent: a
    /// channel of the same kind and value that the customer already has is returned instead of a second copy (emails
    /// compared without regard to case, phones by their digits), also under concurrent adds in one process and when the
    /// add is retried after a fault. A kind outside
    /// <see cref="ContactsCapabilities.ChannelKinds"/> is sent as a raw Ecwid type when it is shaped like one (e.g.
    /// <c>SIGNAL</c>). <see cref="ContactChannel.IsPrimary"/> makes it the default of its type; Ecwid makes the first of a
    /// type the default anyway.
    /// </remarks>
    public Task<ContactChannel> AddChannelAsync(string contactId, ContactChannel channel, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.AddChannel, ct => AddChannelCoreAsync(contactId, channel, ct), cancellationToken);

    private async Task<ContactChannel> AddChannelCoreAsync(string contactId, ContactChannel channel, CancellationToken cancellationToken)
    {
        var id = CustomerId(contactId);
        channel = EmailAddresses.NormalizeChannel(channel, nameof(channel));
        var type = EcwidRules.Channel(channel, nameof(channel));
        var created = await LockedAsync(id, ct => AddContactOnceAsync(id, EcwidMapper.ToContactRequest(channel, type), ct), cancellationToken).ConfigureAwait(false);
        return EcwidMapper.ToChannel(created);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Uses <c>PUT /customers/{id}/contacts/{channelId}</c>: the value, kind, handle and note are written (a null handle or
    /// note is left as it is), and <see cref="ContactChannel.IsPrimary"/> = true makes it the default of its type; false
    /// never demotes it. For <see cref="BillingPhoneChannelId"/> it reads the customer and sends back its billing person with
    /// only the phone changed (<c>PUT /customers/{id}</c>), under the customer's lock like <see cref="UpdateAsync"/>, so a
    /// concurrent name change in this process is not lost; the channel must be a Phone, and only its value is written.
    /// </remarks>
    public Task<ContactChannel> UpdateChannelAsync(
        string contactId, string channelId, ContactChannel channel, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.UpdateChannel, ct => UpdateChannelCoreAsync(contactId, channelId, channel, ct), cancellationToken);

    private async Task<ContactChannel> UpdateChannelCoreAsync(string contactId, string channelId, ContactChannel channel, CancellationToken cancellationToken)
    {
        var id = CustomerId(contactId);
        if (channelId == BillingPhoneChannelId)
        {
            EcwidRules.BillingPhone(channel, nameof(channel));
            return await LockedAsync(id, ct => UpdateBillingPhoneAsync(id, channel, ct), cancellationToken).ConfigureAwait(false);
        }

        var contactChannelId = EcwidRules.Id(channelId, "customer contact", nameof(channelId));
        var type = EcwidRules.Channel(channel, nameof(channel));
        var request = EcwidMapper.ToContactRequest(channel, type);
        return EcwidMapper.ToChannel(await _customerContacts.PutAsync(id, contactChannelId, request, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Uses <c>DELETE /customers/{id}/contacts/{channelId}</c>; an unknown channel throws <see cref="ContactNotFoundException"/>.
    /// For <see cref="BillingPhoneChannelId"/> it clears <c>billingPerson.phone</c> (the rest of the billing person stays);
    /// a customer without a billing phone throws <see cref="ContactNotFoundException"/>.
    /// </remarks>
    public Task RemoveChannelAsync(string contactId, string channelId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.RemoveChannel, ct => RemoveChannelCoreAsync(contactId, channelId, ct), cancellationToken);

    private async Task RemoveChannelCoreAsync(string contactId, string channelId, CancellationToken cancellationToken)
    {
        var id = CustomerId(contactId);
        if (channelId == BillingPhoneChannelId)
        {
            await LockedAsync(id, ct => RemoveBillingPhoneAsync(id, ct), cancellationToken).ConfigureAwait(false);
            return;
        }

        var contactChannelId = EcwidRules.Id(channelId, "customer contact", nameof(channelId));
        await _customerContacts.RemoveAsync(id, contactChannelId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<EcwidCustomer> GetCustomerAsync(long customerId, CancellationToken cancellationToken = default)
        => ContactsTelemetry.ObserveAsync(Vendor, ContactsOperations.GetCustomer, ct => GetCustomerCoreAsync(customerId, ct), cancellationToken);

    private async Task<EcwidCustomer> GetCustomerCoreAsync(long customerId, CancellationToken cancellationToken)
    {
        EcwidRules.PositiveId(customerId, nameof(customerId));
        return EcwidMapper.ToCustomer(await FetchAsync(customerId, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Writes the billing phone (only the value: it has no handle, note or default flag) and reads it back.</summary>
    private async Task<ContactChannel> UpdateBillingPhoneAsync(long customerId, ContactChannel channel, CancellationToken cancellationToken)
    {
        var current = await FetchAsync(customerId, cancellationToken).ConfigureAwait(false);
        await WriteBillingPhoneAsync(customerId, current, channel.Value, cancellationToken).ConfigureAwait(false);
        var fresh = EcwidMapper.ToContact(await FetchAsync(customerId, cancellationToken).ConfigureAwait(false));

        // A PHONE contact with the same digits hides the billing phone from Channels; the number written is still the answer.
        return fresh.Channels.FirstOrDefault(c => c.Id == BillingPhoneChannelId)
            ?? new ContactChannel(ChannelKind.Phone, channel.Value) { Id = BillingPhoneChannelId };
    }

    private async Task<bool> RemoveBillingPhoneAsync(long customerId, CancellationToken cancellationToken)
    {
        var current = await FetchAsync(customerId, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(current.BillingPerson?.Phone))
        {
            throw new ContactNotFoundException("The customer has no billing phone.") { Vendor = ContactsVendor.Ecwid, Operation = ContactsOperations.RemoveChannel };
        }

        // "" is Ecwid's empty value: the billing person keeps every other field.
        await WriteBillingPhoneAsync(customerId, current, string.Empty, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private Task<EcwidMutationResult> WriteBillingPhoneAsync(long customerId, EcwidCustomerResource current, string phone, CancellationToken cancellationToken)
    {
        var request = EcwidMapper.ToBillingPhoneUpdate(current.BillingPerson, phone);
        return _caller.SendAsync(ct => _api.UpdateCustomerAsync(customerId, request, ct), cancellationToken);
    }

    private static long CustomerId(string contactId) => EcwidRules.Id(contactId, "customer", nameof(contactId));

    // Every read-modify-write of one customer (its billing person, its contacts) runs under one lock, keyed by the parsed
    // id: "42" and "042" name the same customer, so they must not get two locks.
    private Task<T> LockedAsync<T>(long customerId, Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
        => _context.WriteLock.RunAsync(customerId.ToString(CultureInfo.InvariantCulture), write, cancellationToken);

    private Task<EcwidCustomerResource> FetchAsync(long customerId, CancellationToken cancellationToken)
        => _caller.SendAsync(ct => _api.GetCustomerAsync(customerId, ct), cancellationToken);

    /// <summary>
    /// Adds a contact unless the customer already has one of the same type and value, which is returned instead. Called
    /// under the customer's write lock, so the check and the add are not interleaved with another add in this process.
    /// After an ambiguous failure the add is looked up again, and sent again only when the vendor answered it failed.
    /// </summary>
    private async Task<EcwidContactResource> AddContactOnceAsync(long customerId, EcwidContactRequest request, CancellationToken cancellationToken)
    {
        var existing = await FindSameContactAsync(customerId, request, cancellationToken).ConfigureAwait(false);
        return existing ?? await SafeCreate.RunAsync(
            ct => _customerContacts.PostAsync(customerId, request, ct),
            (_, ct) => FindSameContactAsync(customerId, request, ct),
            found => found,
            _context.Clock,
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<EcwidContactResource?> FindSameContactAsync(long customerId, EcwidContactRequest request, CancellationToken cancellationToken)
    {
        var contacts = await _customerContacts.ListAllAsync(customerId, cancellationToken).ConfigureAwait(false);
        return contacts.Where(contact => contact.Type == request.Type && EcwidContactTypes.SameValue(request.Type, contact.Contact, request.Contact)).MinBy(contact => contact.Id);
    }

    // ---- Change feed (issue 15) ----

    /// <inheritdoc/>
    /// <remarks>Reads customers updated in the window (<c>updatedFrom</c>/<c>updatedTo</c>, <c>UPDATED_DATE_ASC</c>) merged in time order with the deleted-customers history (<see cref="ContactChangeOrigin.DeletedHistory"/>). The checkpoint is bound to the store id. A checkpoint older than the history keeps deletes (180 days, read from Ecwid's "6 months") throws <see cref="Errors.ContactsResyncRequiredException"/>. Second precision.</remarks>
    public ContactChangeFeed GetChangesAsync(
        ChangeFeedCheckpoint? since, ChangeFeedOptions? options = null, CancellationToken cancellationToken = default)
        => ChangeFeedReader.Start(ChangeFeed(), _context.Clock, since, options, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>Scans the customers once per 10,000 known ids; each id the scan lacks is read directly before it is called deleted.</remarks>
    public IAsyncEnumerable<ContactChange> ReconcileAsync(IAsyncEnumerable<string> knownIds, CancellationToken cancellationToken = default)
        => Reconciler.Start(ChangeFeed(), knownIds, cancellationToken);

    private EcwidChangeFeed ChangeFeed() => new(_api, _caller, _context.FeedAccount);
}
