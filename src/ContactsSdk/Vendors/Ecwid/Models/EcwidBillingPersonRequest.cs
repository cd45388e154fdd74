namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>The writable billing-person fields: the read-only ones (first/last name, country and state names) are never sent.</summary>
internal sealed record EcwidBillingPersonRequest
{
    public string? Name { get; init; }

    public string? CompanyName { get; init; }

    public string? Street { get; init; }

    public string? City { get; init; }

    public string? CountryCode { get; init; }

    public string? PostalCode { get; init; }

    public string? StateOrProvinceCode { get; init; }

    public string? Phone { get; init; }
}
