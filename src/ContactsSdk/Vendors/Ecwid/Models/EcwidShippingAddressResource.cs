namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>A saved shipping address (spec §3.3).</summary>
internal sealed record EcwidShippingAddressResource
{
    public long? Id { get; init; }

    public string? Name { get; init; }

    public string? CompanyName { get; init; }

    public string? Street { get; init; }

    public string? City { get; init; }

    public string? CountryCode { get; init; }

    public string? CountryName { get; init; }

    public string? PostalCode { get; init; }

    public string? StateOrProvinceCode { get; init; }

    public string? StateOrProvinceName { get; init; }

    public string? Phone { get; init; }

    public string? AddressFormatted { get; init; }

    public DateTimeOffset? CreatedDate { get; init; }

    public bool? DefaultAddress { get; init; }

    public int? OrderBy { get; init; }

    public string? Note { get; init; }
}
