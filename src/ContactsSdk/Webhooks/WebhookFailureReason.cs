namespace ContactsSdk.Webhooks;

/// <summary>Why a webhook delivery was refused; the ASP.NET Core endpoints log it and answer 401.</summary>
public enum WebhookFailureReason
{
    /// <summary>The delivery carries no signature (Ecwid: no <c>X-Ecwid-Webhook-Signature</c> header; Wix: an empty body).</summary>
    MissingSignature = 1,

    /// <summary>The signature is not in the vendor's format (Ecwid: not standard Base64 of 32 bytes, or with spaces around it).</summary>
    MalformedSignature,

    /// <summary>No configured secret or public key produces the signature: a forgery, a tampered field or a wrong key.</summary>
    BadSignature,

    /// <summary>The token is signed with an algorithm other than the vendor's (Wix: anything but RS256, including <c>none</c> and HS256).</summary>
    UnsupportedAlgorithm,

    /// <summary>The event is older than the configured maximum age (Ecwid), or the token's <c>exp</c> has passed (Wix).</summary>
    Expired,

    /// <summary>The token's <c>nbf</c> lies in the future, beyond the allowed clock skew (Wix).</summary>
    NotYetValid,

    /// <summary>The body is not the vendor's event shape: not JSON, a required field missing or of the wrong type, a truncated token.</summary>
    BadFormat,
}
