using ContactsSdk.Internal;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Vendors.Wix;

/// <summary>What the Wix client and its sub-clients share: the Refit API, the one caller that maps failures, the name resolver and the clock.</summary>
internal sealed record WixClientParts(IWixApi Api, VendorApiCaller Caller, WixContactResolver Resolver, TimeProvider Clock)
{
    public static void GuardContactId(string contactId, string paramName = "contactId")
        => Guard.Id(contactId, WixRules.ContactId(), "Wix contact id (a GUID)", paramName);

    public Task<WixContactEnvelope> FetchContactAsync(string contactId, CancellationToken cancellationToken)
        => Caller.SendAsync(ct => Api.GetContactAsync(contactId, ct), cancellationToken);
}
