using ContactsSdk.Changes;
using ContactsSdk.Errors;
using ContactsSdk.Paging;

namespace ContactsSdk;

/// <summary>
/// Manages contacts in one vendor account through one vendor-neutral API. Each vendor's own interface
/// (<c>IAgentClaraContactsClient</c>, …) extends this one with what only that vendor has.
/// </summary>
/// <remarks>
/// <para>
/// Implementations are thread-safe. Every method validates its arguments before any request and throws
/// <see cref="ArgumentException"/> for bad input; vendor failures surface as <see cref="ContactsException"/> subclasses;
/// a cancelled <see cref="CancellationToken"/> surfaces as <see cref="OperationCanceledException"/>.
/// </para>
/// <para>
/// Concurrent writers. Where the vendor has a concurrency token (<see cref="ContactsCapabilities.SupportsRevisions"/>:
/// Wix), writes are guarded by it in every process. Where it has none (Ecwid, AgentClara:
/// <see cref="ContactsCapabilities.LocksWritesInProcess"/>), the client holds a per-contact lock, shared by every client of
/// the same account in the process, around each read-modify-write (tags, channels, an Ecwid update), so no writer in the
/// same process loses another's change; writers in other processes, or outside the SDK, can still interleave and overwrite.
/// </para>
/// <para>
/// Faults. A create is never sent twice blindly; a PUT or PATCH that may still be in flight (a timeout, 502, 504, a dropped
/// connection) is not sent again either, because landing late it would overwrite what was written after it.
/// </para>
/// </remarks>
public interface IContactsClient
{
    /// <summary>Gets the vendor this client talks to.</summary>
    ContactsVendor Vendor { get; }

    /// <summary>Gets what this vendor supports, so that callers can check before calling.</summary>
    ContactsCapabilities Capabilities { get; }

    /// <summary>Gets a contact by id.</summary>
    /// <param name="contactId">The vendor's contact id.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The contact.</returns>
    /// <exception cref="ArgumentException"><paramref name="contactId"/> is null, empty or not a valid id for the vendor.</exception>
    /// <exception cref="ContactNotFoundException">No such contact.</exception>
    /// <exception cref="ContactsException">The vendor failed the call.</exception>
    Task<Contact> GetAsync(string contactId, CancellationToken cancellationToken = default);

    /// <summary>Gets a contact by id, or <see langword="null"/> when there is none, without throwing for a missing contact.</summary>
    /// <param name="contactId">The vendor's contact id.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The contact, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="contactId"/> is null, empty or not a valid id for the vendor.</exception>
    /// <exception cref="ContactsException">The vendor failed the call for another reason.</exception>
    Task<Contact?> TryGetAsync(string contactId, CancellationToken cancellationToken = default);

    /// <summary>Lists contacts lazily: each page is requested only when iteration reaches it.</summary>
    /// <param name="query">Filters, order and bounds; <see langword="null"/> lists everything in the default order.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>A pageable over the matching contacts.</returns>
    /// <exception cref="ArgumentException">The query is invalid (e.g. a negative <see cref="ContactQuery.MaxItems"/>).</exception>
    /// <exception cref="UnsupportedContactOperationException">The vendor cannot filter as asked.</exception>
    Pageable<Contact> ListAsync(ContactQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a contact, never twice.</summary>
    /// <remarks>
    /// <para>
    /// Emails are trimmed and checked before any request. The create is never sent again blindly. A 429 (nothing stored) is
    /// paced and retried after its <c>Retry-After</c>. After a 500, 503 or similar answer the client looks for exactly this
    /// contact (same name, emails, phones and tags, created since the call started) and returns it if the vendor stored
    /// it, creating again only when the lookup proves it absent. After an answer that does not prove the vendor finished
    /// — the SDK's own timeout, a 502 or 504, a dropped connection — it waits a moment, looks, and returns the contact if
    /// found, but never sends the create again: if nothing is found it throws <see cref="ContactsTimeoutException"/> or
    /// <see cref="ContactsUnavailableException"/> saying the create <em>may still be applied</em>.
    /// </para>
    /// <para>
    /// After such an exception, or after cancelling a create, the contact may still appear. Before creating it again, look
    /// for it with <see cref="ContactsClientExtensions.FindCreatedContactAsync"/>, the lookup the SDK itself uses.
    /// </para>
    /// </remarks>
    /// <param name="draft">The contact to create.</param>
    /// <param name="cancellationToken">A token that cancels the call (the vendor may still store the contact).</param>
    /// <returns>The created contact, as the vendor stored it.</returns>
    /// <exception cref="ArgumentException"><paramref name="draft"/> is null or invalid for the vendor (an email that is not an address, …).</exception>
    /// <exception cref="UnsupportedContactOperationException">The draft uses something the vendor lacks.</exception>
    /// <exception cref="ContactValidationException">The vendor rejected a field.</exception>
    /// <exception cref="ContactConflictException">The vendor keeps emails unique and another contact has this one (<see cref="ContactConflictException.DuplicateContactId"/>).</exception>
    /// <exception cref="ContactsTimeoutException">The create timed out and may still be applied.</exception>
    /// <exception cref="ContactsUnavailableException">The vendor could not be reached, or a gateway failed; the create may still be applied when the message says so.</exception>
    /// <exception cref="ContactsException">The vendor failed the call.</exception>
    Task<Contact> CreateAsync(ContactDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Updates the fields a patch sets, leaving the others as they are.</summary>
    /// <param name="contactId">The vendor's contact id.</param>
    /// <param name="patch">The fields to change.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The updated contact.</returns>
    /// <exception cref="ArgumentException">An argument is null or invalid.</exception>
    /// <exception cref="UnsupportedContactOperationException">The patch sets something the vendor lacks.</exception>
    /// <exception cref="ContactNotFoundException">No such contact.</exception>
    /// <exception cref="ContactConflictException">The contact changed since <see cref="ContactPatch.ExpectedRevision"/> (vendors with revisions).</exception>
    /// <exception cref="ContactsException">The vendor failed the call.</exception>
    Task<Contact> UpdateAsync(string contactId, ContactPatch patch, CancellationToken cancellationToken = default);

    /// <summary>Deletes a contact.</summary>
    /// <param name="contactId">The vendor's contact id.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the contact is gone.</returns>
    /// <exception cref="ArgumentException"><paramref name="contactId"/> is null, empty or invalid.</exception>
    /// <exception cref="ContactNotFoundException">No such contact.</exception>
    /// <exception cref="ContactsException">The vendor failed the call.</exception>
    Task DeleteAsync(string contactId, CancellationToken cancellationToken = default);

    /// <summary>Adds tags to a contact, keeping the tags it has; a tag it already has (in any case) is not added twice.</summary>
    /// <param name="contactId">The vendor's contact id.</param>
    /// <param name="tags">The tags to add.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The contact with its tags.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or holds a blank tag.</exception>
    /// <exception cref="UnsupportedContactOperationException">The vendor has no tags (Ecwid).</exception>
    /// <exception cref="ContactNotFoundException">No such contact.</exception>
    /// <exception cref="ContactsException">The vendor failed the call.</exception>
    Task<Contact> AddTagsAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default);

    /// <summary>Removes tags from a contact, matching them without regard to case; tags it lacks are ignored.</summary>
    /// <param name="contactId">The vendor's contact id.</param>
    /// <param name="tags">The tags to remove.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The contact with its remaining tags.</returns>
    /// <exception cref="ArgumentException">An argument is null, empty or holds a blank tag.</exception>
    /// <exception cref="UnsupportedContactOperationException">The vendor has no tags (Ecwid).</exception>
    /// <exception cref="ContactNotFoundException">No such contact.</exception>
    /// <exception cref="ContactsException">The vendor failed the call.</exception>
    Task<Contact> RemoveTagsAsync(string contactId, IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default);

    /// <summary>Adds a channel to a contact.</summary>
    /// <param name="contactId">The vendor's contact id.</param>
    /// <param name="channel">The channel to add.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The channel as stored, with its <see cref="ContactChannel.Id"/>.</returns>
    /// <exception cref="ArgumentException">An argument is null or the value is invalid for its kind.</exception>
    /// <exception cref="UnsupportedContactOperationException">The vendor does not store channels of that kind.</exception>
    /// <exception cref="ContactConflictException">The contact already holds as many channels of that kind as the vendor allows.</exception>
    /// <exception cref="ContactNotFoundException">No such contact.</exception>
    /// <exception cref="ContactsException">The vendor failed the call.</exception>
    Task<ContactChannel> AddChannelAsync(string contactId, ContactChannel channel, CancellationToken cancellationToken = default);

    /// <summary>Replaces one channel of a contact.</summary>
    /// <param name="contactId">The vendor's contact id.</param>
    /// <param name="channelId">The id of the channel to replace, as in <see cref="ContactChannel.Id"/>.</param>
    /// <param name="channel">The new channel.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The channel as stored.</returns>
    /// <exception cref="ArgumentException">An argument is null, the id is unknown to the vendor or the value is invalid.</exception>
    /// <exception cref="UnsupportedContactOperationException">The vendor does not store channels of that kind.</exception>
    /// <exception cref="ContactNotFoundException">No such contact or channel.</exception>
    /// <exception cref="ContactsException">The vendor failed the call.</exception>
    Task<ContactChannel> UpdateChannelAsync(string contactId, string channelId, ContactChannel channel, CancellationToken cancellationToken = default);

    /// <summary>Removes one channel of a contact.</summary>
    /// <param name="contactId">The vendor's contact id.</param>
    /// <param name="channelId">The id of the channel to remove, as in <see cref="ContactChannel.Id"/>.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes when the channel is gone.</returns>
    /// <exception cref="ArgumentException">An argument is null or the id is unknown to the vendor.</exception>
    /// <exception cref="ContactNotFoundException">No such contact or channel.</exception>
    /// <exception cref="ContactsException">The vendor failed the call.</exception>
    Task RemoveChannelAsync(string contactId, string channelId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads what was created, updated or deleted since a checkpoint, lazily (each page is requested only when iteration
    /// reaches it), at least once and in order within one bounded window of the vendor's clock.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A call reads one window, <c>[checkpoint − Overlap, vendor now − SettleLag)</c>, with "now" taken from the vendor's
    /// <c>Date</c> header (this machine's clock when the vendor sends none). A change may come twice (across the overlap,
    /// or when a page is read again), never go missing; handlers should be idempotent. Each change carries the
    /// <see cref="ContactChange.Checkpoint"/> to persist once it is processed: resuming from it after a crash, even in the
    /// middle of a page, misses nothing; the last change of a window carries the checkpoint that starts the next window.
    /// Once the iteration has run to its end, <see cref="ContactChangeFeed.Checkpoint"/> holds the completed window's
    /// checkpoint — also when the window held no change — so persist it after the loop and a quiet feed's next call reads
    /// only what is new.
    /// </para>
    /// <para>
    /// Deletes: Ecwid's deleted-customers history is merged into the feed in time order; a checkpoint older than that
    /// history's retention throws <see cref="ContactsResyncRequiredException"/>. Wix and AgentClara keep no such history:
    /// find their deletes (and Wix merges) with <see cref="ReconcileAsync"/>.
    /// </para>
    /// </remarks>
    /// <param name="since">The checkpoint to resume from; <see langword="null"/> reads every contact (a full read: each is <see cref="ContactChangeKind.Created"/>).</param>
    /// <param name="options">The overlap, settle lag and page size; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>The changes, each with its checkpoint; after the iteration, the completed window's checkpoint.</returns>
    /// <exception cref="ArgumentException">The options are out of range, or <paramref name="since"/> belongs to another vendor or account.</exception>
    /// <exception cref="ContactsResyncRequiredException">The checkpoint is too old to resume without losing changes.</exception>
    /// <exception cref="ContactsException">The vendor failed a call.</exception>
    ContactChangeFeed GetChangesAsync(ChangeFeedCheckpoint? since, ChangeFeedOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Compares the ids the caller knows with what the vendor still has and yields a <see cref="ContactChangeKind.Deleted"/>
    /// change for each id that is gone — or, on Wix, <see cref="ContactChangeKind.Merged"/> with
    /// <see cref="ContactChange.MergeTargetId"/> for an id merged into another contact.
    /// </summary>
    /// <remarks>
    /// The known ids are streamed and checked in bounded batches, so memory does not grow with their number; only an id the
    /// vendor lacks costs a request of its own. Ids the vendor has but the caller does not know are not reported (read them
    /// with <see cref="GetChangesAsync"/>). Changes have <see cref="ContactChangeOrigin.Reconciliation"/> and no checkpoint.
    /// </remarks>
    /// <param name="knownIds">The ids the caller holds, in any order; repeats are allowed.</param>
    /// <param name="cancellationToken">A token that cancels the iteration.</param>
    /// <returns>The deletes (and merges) found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="knownIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is blank or cannot be one of the vendor's (raised when the iteration reaches it).</exception>
    /// <exception cref="ContactsException">The vendor failed a call.</exception>
    IAsyncEnumerable<ContactChange> ReconcileAsync(IAsyncEnumerable<string> knownIds, CancellationToken cancellationToken = default);
}
