namespace ContactsSdk.Vendors.Ecwid;

/// <summary>Represents one Ecwid customer contact: an email, phone number or social link, as Ecwid names it.</summary>
public sealed record EcwidCustomerContact
{
    /// <summary>Gets the contact id.</summary>
    public required long Id { get; init; }

    /// <summary>Gets the Ecwid type, such as <c>EMAIL</c> or <c>FB_MESSENGER</c>; a type newer than this SDK is kept as sent.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the value: an email, a phone number or a link.</summary>
    public required string Contact { get; init; }

    /// <summary>Gets the social-media handle, e.g. <c>myshop_page</c>.</summary>
    public string? Handle { get; init; }

    /// <summary>Gets the store owner's note.</summary>
    public string? Note { get; init; }

    /// <summary>Gets whether this is the default contact of its type (at most one per type).</summary>
    public bool IsDefault { get; init; }

    /// <summary>Gets the display order among contacts of its type, from 0.</summary>
    public int OrderBy { get; init; }

    /// <summary>Gets when the contact was created.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Gets the facade kind of <see cref="Type"/>.</summary>
    public ChannelKind Kind => EcwidContactTypes.KindOf(Type);

    /// <summary>Returns the id and type only: the value is personal data.</summary>
    /// <returns>A description without personal data.</returns>
    public override string ToString() => $"EcwidCustomerContact {{ Id = {Id}, Type = {Type}, IsDefault = {IsDefault} }}";
}
