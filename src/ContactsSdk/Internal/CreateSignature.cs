namespace ContactsSdk.Internal;

/// <summary>
/// The normalised fields a create of one draft stores, and the test of whether a stored contact is exactly that create:
/// same name, same set of emails (without regard to case or padding), same set of phones (by their digits), same tags.
/// </summary>
internal sealed class CreateSignature
{
    private readonly string? _name;
    private readonly HashSet<string> _emails;
    private readonly HashSet<string>? _phones;
    private readonly HashSet<string>? _tags;

    public CreateSignature(ContactDraft draft, CreateLookupProfile profile)
    {
        _name = NameOf(draft.Name);
        var emails = draft.Channels.Where(channel => channel.Kind == ChannelKind.Email).ToList();
        PrimaryEmail = (emails.FirstOrDefault(channel => channel.IsPrimary) ?? emails.FirstOrDefault())?.Value;
        _emails = [.. (profile.AllEmails ? emails.Select(channel => channel.Value) : PrimaryEmail is null ? [] : [PrimaryEmail]).Select(EmailAddresses.Comparable)];
        _phones = profile.Phones
            ? [.. draft.Channels.Where(channel => channel.Kind == ChannelKind.Phone).Select(channel => Digits(channel.Value))]
            : null;
        _tags = profile.Tags ? new HashSet<string>(draft.Tags.Select(tag => tag.Trim()), StringComparer.OrdinalIgnoreCase) : null;
    }

    /// <summary>Gets the email the vendor keys the contact by (the primary one, else the first), if the draft has one.</summary>
    public string? PrimaryEmail { get; }

    public bool Matches(Contact contact)
        => string.Equals(_name, NameOf(contact.Name), StringComparison.OrdinalIgnoreCase)
            && _emails.SetEquals(ValuesOf(contact, ChannelKind.Email).Select(EmailAddresses.Comparable))
            && (_phones is null || _phones.SetEquals(ValuesOf(contact, ChannelKind.Phone).Select(Digits)))
            && (_tags is null || _tags.SetEquals(contact.Tags));

    /// <summary>Whether the contact holds the draft's primary email.</summary>
    public bool SharesPrimaryEmail(Contact contact)
        => PrimaryEmail is { } email
            && ValuesOf(contact, ChannelKind.Email).Any(value => EmailAddresses.Comparable(value) == EmailAddresses.Comparable(email));

    private static IEnumerable<string> ValuesOf(Contact contact, ChannelKind kind)
        => contact.Channels.Where(channel => channel.Kind == kind).Select(channel => channel.Value);

    // A vendor may re-space or re-case a name, never change its words.
    private static string? NameOf(PersonName? name)
    {
        var full = name?.Full ?? (name is null ? null : PersonName.FromParts(name.First, name.Last).Full);
        return string.IsNullOrWhiteSpace(full) ? null : string.Join(' ', full.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // Vendors store a phone as given or re-format it; its digits identify it.
    private static string Digits(string value) => new([.. value.Where(char.IsAsciiDigit)]);
}
