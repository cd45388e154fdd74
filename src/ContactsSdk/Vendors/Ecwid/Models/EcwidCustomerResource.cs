using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>A customer on the wire (spec §3.1). Every field may be absent, so all are optional except the id.</summary>
internal sealed record EcwidCustomerResource : IJsonOnDeserialized
{
    public required long Id { get; init; }

    public string? Email { get; init; }

    public string? Name { get; init; }

    public int? TotalOrderCount { get; init; }

    public DateTimeOffset? Registered { get; init; }

    public DateTimeOffset? Updated { get; init; }

    public long? CustomerGroupId { get; init; }

    public string? CustomerGroupName { get; init; }

    public EcwidBillingPersonResource? BillingPerson { get; init; }

    public List<EcwidShippingAddressResource>? ShippingAddresses { get; init; }

    public List<EcwidContactResource>? Contacts { get; init; }

    public string? TaxId { get; init; }

    public bool? TaxIdValid { get; init; }

    public bool? TaxExempt { get; init; }

    [JsonPropertyName("b2b_b2c")]
    public string? B2BOrB2C { get; init; }

    public string? FiscalCode { get; init; }

    public string? ElectronicInvoicePecEmail { get; init; }

    public string? ElectronicInvoiceSdiCode { get; init; }

    public bool? AcceptMarketing { get; init; }

    public string? Lang { get; init; }

    public EcwidCustomerStatsResource? Stats { get; init; }

    public string? PrivateAdminNotes { get; init; }

    public string? ExternalReferenceId { get; init; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Id(Id, "An Ecwid customer");
        WireChecks.Items(Contacts, "contacts");
        WireChecks.Items(ShippingAddresses, "shippingAddresses");
    }
}
