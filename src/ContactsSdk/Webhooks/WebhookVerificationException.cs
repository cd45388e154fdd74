using ContactsSdk.Errors;

namespace ContactsSdk.Webhooks;

/// <summary>
/// Represents a webhook delivery that failed verification or could not be parsed. <see cref="Reason"/> says why; the
/// message names the vendor and the reason only — never a secret, a key, a signature or the body.
/// </summary>
/// <remarks>
/// It belongs to the <see cref="ContactsException"/> family so that one <c>catch (ContactsException)</c> covers every
/// failure the SDK reports; it is never transient (the same bytes fail the same way again).
/// </remarks>
public sealed class WebhookVerificationException : ContactsException
{
    /// <summary>Initializes an exception with a generic message.</summary>
    public WebhookVerificationException()
        : this("The webhook delivery failed verification.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What failed; must not contain a secret or the body.</param>
    public WebhookVerificationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">What failed; must not contain a secret or the body.</param>
    /// <param name="innerException">The cause.</param>
    public WebhookVerificationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes an exception for a vendor and reason, with a message built from them.</summary>
    /// <param name="vendor">The vendor whose delivery failed.</param>
    /// <param name="reason">Why it failed.</param>
    public WebhookVerificationException(ContactsVendor vendor, WebhookFailureReason reason)
        : this(vendor, reason, detail: null)
    {
    }

    /// <summary>Initializes an exception for a vendor and reason, with a short detail that holds no secret or data.</summary>
    internal WebhookVerificationException(ContactsVendor vendor, WebhookFailureReason reason, string? detail)
        : base(detail is null ? $"{vendor} webhook refused: {reason}." : $"{vendor} webhook refused: {reason} ({detail}).")
    {
        Vendor = vendor;
        Reason = reason;
    }

    /// <summary>Gets why the delivery was refused.</summary>
    public WebhookFailureReason Reason { get; init; } = WebhookFailureReason.BadFormat;
}
