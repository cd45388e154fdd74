namespace ContactsSdk.Internal;

/// <summary>What a failed create tells about whether the vendor stored it.</summary>
internal enum CreateFailureKind
{
    /// <summary>Proven not applied: a 4xx (429 included), an open circuit, a client-side quota refusal. Safe to send again.</summary>
    NotApplied,

    /// <summary>The vendor answered that it finished and failed (500, 503 and other 5xx but 502/504): it may have stored it first.</summary>
    FailedAnswer,

    /// <summary>Nothing proves the vendor finished (our timeout, 502, 504, a dropped connection): the create may still land.</summary>
    MayStillLand,

    /// <summary>The vendor answered 2xx but the body could not be read: stored, but the SDK cannot say what.</summary>
    Unreadable,
}
