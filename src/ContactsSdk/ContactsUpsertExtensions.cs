using ContactsSdk.Errors;
using ContactsSdk.Internal;
using ContactsSdk.Sync;

namespace ContactsSdk;

/// <summary>
/// Finds contacts by a normalised email or phone on any vendor, and creates or updates one in a single call (upsert),
/// through the facade only, so they work with every <see cref="IContactsClient"/> (including the fakes and a user's own).
/// </summary>
/// <remarks>
/// Matching is exact on our side: emails without regard to case or surrounding spaces, phones by their digits (so
/// <c>+1 (555) 010-0001</c> matches <c>+15550100001</c>). The vendor narrows the listing where it can filter: every vendor
/// filters by email; Wix searches phones as stored (tried as given and in E.164 form); elsewhere a phone lookup reads
/// the listing to the end.
/// </remarks>
public static class ContactsUpsertExtensions
{
    /// <summary>Finds the contacts holding an email, compared without regard to case or surrounding spaces.</summary>
    /// <param name="client">The client to search.</param>
    /// <param name="email">The email address.</param>
    /// <param name="cancellationToken">A token that cancels the search.</param>
    /// <returns>The matching contacts, in the vendor's listing order; empty when none matches.</returns>
    /// <exception cref="ArgumentException"><paramref name="email"/> is empty or not shaped like an address.</exception>
    /// <exception cref="ContactsException">The vendor refused or failed the listing.</exception>
    public static async Task<IReadOnlyList<Contact>> FindByEmailAsync(this IContactsClient client, string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var normalized = EmailAddresses.Normalize(email, nameof(email));
        var key = EmailAddresses.Comparable(normalized);
        var found = new List<Contact>();
        await foreach (var contact in client.ListAsync(new ContactQuery { Email = normalized }, cancellationToken).ConfigureAwait(false))
        {
            if (Holds(contact, ChannelKind.Email, key) && !found.Exists(c => c.Id == contact.Id))
            {
                found.Add(contact);
            }
        }

        return found;
    }

    /// <summary>Finds the contacts holding a phone number, compared by its digits.</summary>
    /// <param name="client">The client to search.</param>
    /// <param name="phone">The phone number, in any format.</param>
    /// <param name="cancellationToken">A token that cancels the search.</param>
    /// <returns>The matching contacts, in the vendor's listing order; empty when none matches.</returns>
    /// <exception cref="ArgumentException"><paramref name="phone"/> has fewer than five digits.</exception>
    /// <exception cref="ContactsException">The vendor refused or failed the listing.</exception>
    /// <remarks>Ecwid and AgentClara cannot filter by phone through the facade, so the lookup reads their whole listing.</remarks>
    public static async Task<IReadOnlyList<Contact>> FindByPhoneAsync(this IContactsClient client, string phone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        var key = ContactMatchKeys.Phone(phone)
            ?? throw new ArgumentException($"A phone number needs at least {ContactMatchKeys.MinPhoneDigits} digits to be looked up.", nameof(phone));
        foreach (var search in PhoneSearches(client.Vendor, phone))
        {
            var narrowed = await CollectAsync(client, new ContactQuery { Search = search }, ChannelKind.Phone, key, cancellationToken).ConfigureAwait(false);
            if (narrowed.Count > 0)
            {
                return narrowed;
            }
        }

        return await CollectAsync(client, new ContactQuery(), ChannelKind.Phone, key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates a contact, or updates the one that already holds the draft's email (or, for a draft without an email, its
    /// phone), without ever creating a duplicate: the create is the client's own duplicate-safe create, and a create refused
    /// because the email is taken updates the holder instead.
    /// </summary>
    /// <param name="client">The client to write to.</param>
    /// <param name="draft">What the contact should hold. Null fields are left as they are on an existing contact; tags and
    /// channels are added, never removed.</param>
    /// <param name="cancellationToken">A token that cancels the operation.</param>
    /// <returns>The contact as stored, and whether it was created, updated or already up to date.</returns>
    /// <exception cref="ArgumentException"><paramref name="draft"/> has neither an email nor a phone to match on, or is
    /// invalid for the vendor.</exception>
    /// <exception cref="UnsupportedContactOperationException">The draft holds something the vendor cannot store (see
    /// <see cref="IContactsClient.Capabilities"/>).</exception>
    /// <exception cref="ContactsException">The vendor refused or failed a request.</exception>
    public static async Task<ContactUpsertResult> UpsertAsync(this IContactsClient client, ContactDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var normalized = EmailAddresses.NormalizeDraft(draft, nameof(draft));
        var (email, phone) = KeysOf(normalized);
        if (email is null && phone is null)
        {
            throw new ArgumentException("An upsert matches on an email or a phone: add a channel of kind Email or Phone to the draft.", nameof(draft));
        }

        var existing = await FindMatchAsync(client, email, phone, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            try
            {
                return new(await client.CreateAsync(normalized, cancellationToken).ConfigureAwait(false), ContactUpsertOutcome.Created);
            }
            catch (ContactConflictException conflict)
            {
                // Someone stored the email between our lookup and our create: update theirs instead of failing.
                existing = await HolderAsync(client, conflict, email, phone, cancellationToken).ConfigureAwait(false);
                if (existing is null)
                {
                    throw;
                }
            }
        }

        return await UpdateExistingAsync(client, existing, normalized, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Finds the first contact holding the email or, for a draft without one, the phone; null when none. The email is the
    /// identity when there is one: a phone lookup reads the whole listing on vendors that cannot filter phones, which per
    /// contact of a bulk job would cost a listing each.
    /// </summary>
    internal static async Task<Contact?> FindMatchAsync(IContactsClient client, string? email, string? phone, CancellationToken cancellationToken)
    {
        if (email is not null)
        {
            return await client.FindByEmailAsync(email, cancellationToken).ConfigureAwait(false) is [var byEmail, ..] ? byEmail : null;
        }

        return phone is not null && await client.FindByPhoneAsync(phone, cancellationToken).ConfigureAwait(false) is [var byPhone, ..] ? byPhone : null;
    }

    /// <summary>The draft's match keys: its primary (else first) valid email and phone.</summary>
    internal static (string? Email, string? Phone) KeysOf(ContactDraft draft)
        => (KeyOf(draft, ChannelKind.Email, value => ContactMatchKeys.Email(value) is not null),
            KeyOf(draft, ChannelKind.Phone, value => ContactMatchKeys.Phone(value) is not null));

    private static async Task<ContactUpsertResult> UpdateExistingAsync(IContactsClient client, Contact existing, ContactDraft draft, CancellationToken cancellationToken)
    {
        var loaded = await ContactReconciler.LoadedForAsync(client, existing, draft, cancellationToken).ConfigureAwait(false);
        var plan = ContactReconciler.Plan(loaded, draft, client.Capabilities);
        return plan.IsEmpty
            ? new(loaded, ContactUpsertOutcome.Unchanged)
            : new(await ContactReconciler.ApplyAsync(client, loaded, plan, cancellationToken).ConfigureAwait(false), ContactUpsertOutcome.Updated);
    }

    private static async Task<Contact?> HolderAsync(
        IContactsClient client, ContactConflictException conflict, string? email, string? phone, CancellationToken cancellationToken)
    {
        return conflict.DuplicateContactId is { } id
            ? await client.TryGetAsync(id, cancellationToken).ConfigureAwait(false)
            : await FindMatchAsync(client, email, phone, cancellationToken).ConfigureAwait(false);
    }

    private static string? KeyOf(ContactDraft draft, ChannelKind kind, Func<string, bool> usable)
    {
        var channels = draft.Channels.Where(channel => channel.Kind == kind && usable(channel.Value)).ToList();
        return (channels.FirstOrDefault(channel => channel.IsPrimary) ?? channels.FirstOrDefault())?.Value;
    }

    // Wix's search is an exact match over stored phones: try the number as given and in E.164 form before reading everything.
    private static IEnumerable<string> PhoneSearches(ContactsVendor vendor, string phone)
    {
        if (vendor != ContactsVendor.Wix)
        {
            yield break;
        }

        var given = phone.Trim();
        yield return given;
        if (ContactMatchKeys.E164(given) is { } e164 && e164 != given)
        {
            yield return e164;
        }
    }

    private static async Task<List<Contact>> CollectAsync(
        IContactsClient client, ContactQuery query, ChannelKind kind, string key, CancellationToken cancellationToken)
    {
        var found = new List<Contact>();
        await foreach (var contact in client.ListAsync(query, cancellationToken).ConfigureAwait(false))
        {
            if (Holds(contact, kind, key) && !found.Exists(c => c.Id == contact.Id))
            {
                found.Add(contact);
            }
        }

        return found;
    }

    private static bool Holds(Contact contact, ChannelKind kind, string key)
        => contact.Channels.Any(channel => channel.Kind == kind
            && string.Equals(kind == ChannelKind.Email ? ContactMatchKeys.Email(channel.Value) : ContactMatchKeys.Phone(channel.Value), key, StringComparison.Ordinal));
}
