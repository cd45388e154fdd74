namespace ContactsSdk.Sync;

/// <summary>
/// What a target vendor requires of a contact beyond <see cref="ContactsCapabilities"/>, as the vendor clients enforce it
/// (one place to change if a vendor relaxes a rule): Ecwid creates a customer only with an email; AgentClara needs a name and
/// keeps phones in E.164 only; of the vendors that hold a company, only Wix holds a job title.
/// </summary>
internal static class SyncTargetRules
{
    public static bool RequiresEmail(ContactsVendor vendor) => vendor == ContactsVendor.Ecwid;

    public static bool RequiresName(ContactsVendor vendor) => vendor == ContactsVendor.AgentClara;

    public static bool RequiresE164Phones(ContactsVendor vendor) => vendor == ContactsVendor.AgentClara;

    public static bool HoldsJobTitle(ContactsVendor vendor, ContactsCapabilities capabilities)
        => capabilities.SupportsCompany && vendor != ContactsVendor.Ecwid;
}
