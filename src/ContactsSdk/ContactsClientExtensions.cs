using ContactsSdk.Errors;
using ContactsSdk.Internal;

namespace ContactsSdk;

/// <summary>Operations every <see cref="IContactsClient"/> offers on top of the facade.</summary>
public static class ContactsClientExtensions
{
    /// <summary>
    /// Finds the contact that <see cref="IContactsClient.CreateAsync"/> of <paramref name="draft"/> stored, with the same
    /// lookup the SDK runs itself after a create fails ambiguously. Use it before creating again after a
    /// <see cref="ContactsTimeoutException"/> or <see cref="ContactsUnavailableException"/> from a create, or after
    /// cancelling one: the vendor may have stored it anyway.
    /// </summary>
    /// <remarks>
    /// A contact counts only when it is exactly what the create stores — the same name, emails (without regard to case or
    /// padding), phones (by their digits) and tags, as far as the vendor stores them on create — and was created at or
    /// after <paramref name="createdSince"/> (less a small allowance for clock skew). Drafts with an email are found by
    /// it; drafts without one among the contacts created since <paramref name="createdSince"/>.
    /// </remarks>
    /// <param name="client">The client the create was sent through.</param>
    /// <param name="draft">The draft that was created.</param>
    /// <param name="createdSince">When the create was first sent, on the client's clock.</param>
    /// <param name="cancellationToken">A token that cancels the lookup.</param>
    /// <returns>The contact the create stored, or <see langword="null"/> when none is stored (yet).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> or <paramref name="draft"/> is null.</exception>
    /// <exception cref="ArgumentException">An email in <paramref name="draft"/> is not valid.</exception>
    /// <exception cref="ContactConflictException">
    /// The vendor keeps emails unique (Ecwid, Wix) and another contact holds the draft's email; <see cref="ContactConflictException.DuplicateContactId"/> names it.
    /// </exception>
    /// <exception cref="ContactsException">The lookup itself failed.</exception>
    public static Task<Contact?> FindCreatedContactAsync(
        this IContactsClient client, ContactDraft draft, DateTimeOffset createdSince, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var normalized = EmailAddresses.NormalizeDraft(draft, nameof(draft));
        return CreatedContactLookup.FindAsync(client, normalized, createdSince, cancellationToken);
    }
}
