namespace ContactsSdk.Internal;

/// <summary>
/// What one vendor's create stores and refuses, as far as finding that create again goes: which draft fields the create
/// request itself carries, and whether the vendor keeps an email unique (so another contact holding it is a conflict,
/// not an absence).
/// </summary>
/// <param name="AllEmails">Whether every Email channel is stored by the create; false when only the primary one is (Ecwid).</param>
/// <param name="Phones">Whether phones are stored by the create itself (Ecwid adds them afterwards).</param>
/// <param name="Tags">Whether tags are stored by the create itself.</param>
/// <param name="UniqueEmail">Whether the vendor refuses a second contact with the same (primary) email.</param>
internal sealed record CreateLookupProfile(bool AllEmails, bool Phones, bool Tags, bool UniqueEmail)
{
    /// <summary>
    /// Ecwid: a customer is created with its name and one email, unique per store (a 409 on a duplicate email is DOC-old,
    /// UNCONFIRMED today; the spec recommends keeping it); its other channels are added afterwards. Wix: emails, phones
    /// and labels in one create; a duplicate email is refused [CODE]. AgentClara: name, email, phone and tags in one
    /// create; no uniqueness check on email or phone [DOC].
    /// </summary>
    public static CreateLookupProfile For(ContactsVendor vendor)
        => vendor switch
        {
            ContactsVendor.Ecwid => new(AllEmails: false, Phones: false, Tags: false, UniqueEmail: true),
            ContactsVendor.Wix => new(AllEmails: true, Phones: true, Tags: true, UniqueEmail: true),
            _ => new(AllEmails: true, Phones: true, Tags: true, UniqueEmail: false),
        };
}
