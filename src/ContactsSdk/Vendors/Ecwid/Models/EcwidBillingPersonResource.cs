namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>A customer's billing person (spec §3.2). <c>firstName</c>/<c>lastName</c> are read-only and appear only for two-word names.</summary>
internal sealed record EcwidBillingPersonResource
{
    public string? Name { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? CompanyName { get; init; }

    public string? Street { get; init; }

    public string? City { get; init; }

    public string? CountryCode { get; init; }

    public string? CountryName { get; init; }

    public string? PostalCode { get; init; }

    public string? StateOrProvinceCode { get; init; }

    public string? StateOrProvinceName { get; init; }

    public string? Phone { get; init; }
}
