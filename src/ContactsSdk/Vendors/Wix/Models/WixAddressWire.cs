namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>An address: free-text <c>addressLine</c> or a structured <c>streetAddress</c>.</summary>
internal sealed record WixAddressWire
{
    public string? Country { get; init; }

    public string? Subdivision { get; init; }

    public string? City { get; init; }

    public string? PostalCode { get; init; }

    public string? AddressLine { get; init; }

    public string? AddressLine2 { get; init; }

    public WixStreetAddressWire? StreetAddress { get; init; }
}
