namespace ContactsSdk.Vendors.Ecwid.Models;

/// <summary>
/// The body of <c>POST /customers</c>. It has no <c>contacts</c> member on purpose: channels are added afterwards through
/// the contact endpoints, so the SDK can never write a customer's contact list wholesale.
/// </summary>
internal sealed record EcwidCustomerCreateRequest
{
    public required string Email { get; init; }

    public EcwidBillingPersonRequest? BillingPerson { get; init; }
}
