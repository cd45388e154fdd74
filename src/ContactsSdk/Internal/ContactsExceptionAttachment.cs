using ContactsSdk.Errors;

namespace ContactsSdk.Internal;

/// <summary>
/// Fills in a <see cref="ContactsException"/> from the failed response the operation path read; lives here so that the
/// exception types know nothing of the SDK's internals (Errors depends on no other folder but redaction).
/// </summary>
internal static class ContactsExceptionAttachment
{
    public static ContactsException Attach(
        this ContactsException exception, ContactsVendor vendor, string operation, FailedResponse? response, string? vendorErrorCode, string? redactedBody)
        => exception.Attach(vendor, operation, response?.StatusCode, response?.RequestId, vendorErrorCode, redactedBody);
}
