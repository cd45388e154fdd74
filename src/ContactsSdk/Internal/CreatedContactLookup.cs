using ContactsSdk.Diagnostics;
using ContactsSdk.Errors;

namespace ContactsSdk.Internal;

/// <summary>
/// Finds the contact a create of a draft stored, for any draft shape, through the facade's own listing: by the primary
/// email where the draft has one (every vendor filters by it), else among the contacts created since the call started
/// (every vendor can bound a listing by creation time). A hit counts only when it is exactly that create — same fields,
/// created at or after the start — so an older identical contact, or someone else's, is never returned as created.
/// </summary>
internal static class CreatedContactLookup
{
    /// <summary>
    /// How much earlier than the caller's clock a vendor may stamp a contact created by the call: clock skew between us and
    /// the vendor, plus creation times kept in whole seconds (Ecwid). An assumption (UNCONFIRMED: no vendor publishes its
    /// skew); a wider bound only makes an identical contact created just before the call count as this call's.
    /// </summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    /// <summary>Returns the contact the create stored, or null when none is found.</summary>
    /// <exception cref="ContactConflictException">The vendor keeps emails unique and another contact holds the draft's.</exception>
    public static async Task<Contact?> FindAsync(IContactsClient client, ContactDraft draft, DateTimeOffset createdSince, CancellationToken cancellationToken)
    {
        var signature = new CreateSignature(draft, CreateLookupProfile.For(client.Vendor));
        var since = createdSince - ClockSkew;
        var query = signature.PrimaryEmail is { } email
            ? new ContactQuery { Email = email }
            : new ContactQuery { CreatedSince = since };
        Contact? holder = null;
        await foreach (var contact in client.ListAsync(query, cancellationToken).ConfigureAwait(false))
        {
            if (signature.Matches(contact) && (contact.CreatedAt is null || contact.CreatedAt >= since))
            {
                return contact;
            }

            holder ??= signature.SharesPrimaryEmail(contact) ? contact : null;
        }

        return holder is not null && CreateLookupProfile.For(client.Vendor).UniqueEmail ? throw Conflict(client.Vendor, holder) : null;
    }

    private static ContactConflictException Conflict(ContactsVendor vendor, Contact holder)
        => new($"{vendor} already has another contact ({holder.Id}) with this email, so the create was not applied as requested.")
        {
            Vendor = vendor,
            Operation = ContactsOperations.Create,
            DuplicateContactId = holder.Id,
        };
}
