namespace ContactsSdk.Vendors.Ecwid;

/// <summary>
/// Describes a customer contact to create (<see cref="Contact"/> and <see cref="Type"/> required) or the fields to change
/// in one (unset members are left as they are).
/// </summary>
public sealed record EcwidCustomerContactInput
{
    /// <summary>Gets the value: an email, a phone number or a link.</summary>
    public string? Contact { get; init; }

    /// <summary>Gets the Ecwid type, such as <c>PHONE</c> or <c>WHATSAPP</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Gets the social-media handle.</summary>
    public string? Handle { get; init; }

    /// <summary>Gets the store owner's note.</summary>
    public string? Note { get; init; }

    /// <summary>Gets whether it becomes the default contact of its type; Ecwid then clears the previous default.</summary>
    public bool? IsDefault { get; init; }

    /// <summary>Gets the display order among contacts of its type.</summary>
    public int? OrderBy { get; init; }

    /// <summary>Returns the type only: the value is personal data.</summary>
    /// <returns>A description without personal data.</returns>
    public override string ToString() => $"EcwidCustomerContactInput {{ Type = {Type}, IsDefault = {IsDefault} }}";
}
