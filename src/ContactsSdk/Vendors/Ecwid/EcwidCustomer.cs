namespace ContactsSdk.Vendors.Ecwid;

/// <summary>Represents an Ecwid customer with every field Ecwid reports; the facade's <see cref="Contact"/> is a view of it.</summary>
public sealed record EcwidCustomer
{
    /// <summary>Gets the customer id.</summary>
    public required long Id { get; init; }

    /// <summary>Gets the customer's email (required by Ecwid).</summary>
    public string? Email { get; init; }

    /// <summary>Gets the name, which Ecwid duplicates from the billing person's.</summary>
    public string? Name { get; init; }

    /// <summary>Gets when the customer registered or placed a first order.</summary>
    public DateTimeOffset? Registered { get; init; }

    /// <summary>Gets when the customer last changed.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Gets the group id; 0 is "General".</summary>
    public long? CustomerGroupId { get; init; }

    /// <summary>Gets the group name.</summary>
    public string? CustomerGroupName { get; init; }

    /// <summary>Gets the billing person.</summary>
    public EcwidAddress? BillingPerson { get; init; }

    /// <summary>Gets the saved shipping addresses.</summary>
    public IReadOnlyList<EcwidAddress> ShippingAddresses { get; init; } = [];

    /// <summary>Gets the customer contacts; change them with the customer-contact operations only.</summary>
    public IReadOnlyList<EcwidCustomerContact> Contacts { get; init; } = [];

    /// <summary>Gets the tax id.</summary>
    public string? TaxId { get; init; }

    /// <summary>Gets whether the tax id is valid.</summary>
    public bool? TaxIdValid { get; init; }

    /// <summary>Gets whether the customer is tax exempt (requires a valid tax id).</summary>
    public bool? TaxExempt { get; init; }

    /// <summary>Gets <c>b2c</c> (the default) or <c>b2b</c>.</summary>
    public string? B2BOrB2C { get; init; }

    /// <summary>Gets the Italian fiscal code.</summary>
    public string? FiscalCode { get; init; }

    /// <summary>Gets the Italian e-invoicing PEC email.</summary>
    public string? ElectronicInvoicePecEmail { get; init; }

    /// <summary>Gets the Italian e-invoicing SDI code.</summary>
    public string? ElectronicInvoiceSdiCode { get; init; }

    /// <summary>Gets whether the customer accepts marketing; Ecwid treats null as yes.</summary>
    public bool? AcceptMarketing { get; init; }

    /// <summary>Gets the customer's language, one of the store's enabled languages.</summary>
    public string? Lang { get; init; }

    /// <summary>Gets the order statistics.</summary>
    public EcwidCustomerStats? Stats { get; init; }

    /// <summary>Gets the total order count.</summary>
    public int? TotalOrderCount { get; init; }

    /// <summary>Gets the store owner's private notes.</summary>
    public string? PrivateAdminNotes { get; init; }

    /// <summary>Gets the caller's own reference, if set.</summary>
    public string? ExternalReferenceId { get; init; }

    /// <summary>Returns the id and group only: the rest is personal data.</summary>
    /// <returns>A description without personal data.</returns>
    public override string ToString() => $"EcwidCustomer {{ Id = {Id}, CustomerGroupId = {CustomerGroupId} }}";
}
