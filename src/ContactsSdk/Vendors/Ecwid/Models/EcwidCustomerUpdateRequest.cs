namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>
/// The body of <c>PUT /customers/{id}</c>: only customer-level fields, unset members not sent. It has no <c>contacts</c>
/// member on purpose — Ecwid replaces that list wholesale (§5.4), and the dedicated endpoints change channels safely.
/// </summary>
internal sealed record EcwidCustomerUpdateRequest
{
    public EcwidBillingPersonRequest? BillingPerson { get; init; }
}
