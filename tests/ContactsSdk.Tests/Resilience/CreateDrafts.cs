namespace ContactsSdk.Tests.Resilience;

/// <summary>Builds a draft of each shape, unique per run, and says which shapes each vendor accepts.</summary>
public static class CreateDrafts
{
    private static int _phones;

    /// <summary>AgentClara requires a name; Ecwid requires an email; Wix accepts any of name, email, phone.</summary>
    public static bool Accepts(ContactsVendor vendor, DraftShape shape)
        => vendor switch
        {
            ContactsVendor.AgentClara => shape is not (DraftShape.EmailOnly or DraftShape.PhoneOnly),
            ContactsVendor.Ecwid => shape is DraftShape.EmailOnly or DraftShape.NameAndEmail or DraftShape.Everything or DraftShape.EmailInOtherCaseWithPadding,
            _ => true,
        };

    public static IEnumerable<DraftShape> AcceptedBy(ContactsVendor vendor) => Enum.GetValues<DraftShape>().Where(shape => Accepts(vendor, shape));

    public static ContactDraft Draft(ContactsVendor vendor, DraftShape shape, string unique)
    {
        var name = PersonName.FromParts("Ada", "Run" + unique);
        var email = new ContactChannel(ChannelKind.Email, $"run{unique}@example.com");
        var phone = new ContactChannel(ChannelKind.Phone, $"+1555{Interlocked.Increment(ref _phones) % 10_000_000:D7}");
        string[] tags = vendor == ContactsVendor.Ecwid ? [] : ["campaign"];
        return shape switch
        {
            DraftShape.NameOnly => new() { Name = name },
            DraftShape.EmailOnly => new() { Channels = [email] },
            DraftShape.PhoneOnly => new() { Channels = [phone] },
            DraftShape.NameAndEmail => new() { Name = name, Channels = [email] },
            DraftShape.NameAndPhone => new() { Name = name, Channels = [phone] },
            DraftShape.Everything => new() { Name = name, Channels = [email, phone], Tags = tags },
            DraftShape.EmailInOtherCaseWithPadding => new() { Name = name, Channels = [new ContactChannel(ChannelKind.Email, $"  Run{unique}.Mixed@Example.COM ")] },
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
    }
}
