namespace ContactsSdk.Testing;

/// <summary>Seeds any fake the same way.</summary>
public abstract partial class VendorFake
{
    /// <summary>
    /// Adds a contact directly, without HTTP and without a journal entry, from the same <see cref="ContactDraft"/> the SDK
    /// creates contacts from, in the fake's default account (AgentClara sub-account, Wix site, Ecwid store).
    /// </summary>
    /// <remarks>
    /// The draft's name, emails, phones, tags and custom fields are kept where the vendor keeps them: AgentClara keeps one
    /// email and one phone; Wix keeps tags as labels (found or created by display name), company and job title; Ecwid needs
    /// an email, keeps the other channels as customer contacts, and has no tags or custom fields. Each fake's
    /// <c>SeedContact</c> offers the vendor's own extras.
    /// </remarks>
    /// <param name="draft">The contact to add.</param>
    /// <returns>The new contact's id, as the SDK's <c>Contact.Id</c> reads it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    /// <exception cref="ArgumentException">The vendor cannot keep what the draft holds, or a value breaks its rules.</exception>
    public string Seed(ContactDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return SeedDraft(draft);
    }

    /// <summary>Adds the draft in the vendor's own terms.</summary>
    private protected abstract string SeedDraft(ContactDraft draft);

    /// <summary>Gets the values of the draft's channels of one kind, primary first.</summary>
    private protected static List<string> ChannelValues(ContactDraft draft, ChannelKind kind) =>
        [.. draft.Channels.Where(channel => channel.Kind == kind).OrderByDescending(channel => channel.IsPrimary).Select(channel => channel.Value)];
}
