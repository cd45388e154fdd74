namespace ContactsSdk.Vendors.Ecwid;

/// <summary>Represents an Ecwid customer's billing person or one of its saved shipping addresses.</summary>
public sealed record EcwidAddress
{
    /// <summary>Gets the address id; shipping addresses only.</summary>
    public long? Id { get; init; }

    /// <summary>Gets the full name.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the first name; Ecwid fills it (read-only) when the name has at least two words.</summary>
    public string? FirstName { get; init; }

    /// <summary>Gets the last name; Ecwid fills it (read-only) when the name has at least two words.</summary>
    public string? LastName { get; init; }

    /// <summary>Gets the company name.</summary>
    public string? CompanyName { get; init; }

    /// <summary>Gets the street: address lines 1 and 2 separated by a line break.</summary>
    public string? Street { get; init; }

    /// <summary>Gets the city.</summary>
    public string? City { get; init; }

    /// <summary>Gets the ISO 3166-1 alpha-2 country code.</summary>
    public string? CountryCode { get; init; }

    /// <summary>Gets the country name Ecwid derives from the code.</summary>
    public string? CountryName { get; init; }

    /// <summary>Gets the postal code.</summary>
    public string? PostalCode { get; init; }

    /// <summary>Gets the state or province code, e.g. <c>NY</c>.</summary>
    public string? StateOrProvinceCode { get; init; }

    /// <summary>Gets the state or province name Ecwid derives from the code.</summary>
    public string? StateOrProvinceName { get; init; }

    /// <summary>Gets the phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets Ecwid's one-line rendering of the address; shipping addresses only.</summary>
    public string? AddressFormatted { get; init; }

    /// <summary>Gets whether this is the default shipping address.</summary>
    public bool? IsDefault { get; init; }

    /// <summary>Returns the id and country only: the rest is personal data.</summary>
    /// <returns>A description without personal data.</returns>
    public override string ToString() => $"EcwidAddress {{ Id = {Id}, CountryCode = {CountryCode} }}";
}
