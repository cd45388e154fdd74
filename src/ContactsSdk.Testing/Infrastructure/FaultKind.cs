namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Names the kinds of failure a test can inject into a fake.
/// </summary>
internal enum FaultKind
{
    /// <summary>Answer an error status without touching state.</summary>
    Fail,

    /// <summary>Wait, then handle the request normally.</summary>
    Delay,

    /// <summary>Answer 200 with a cut-off JSON body without touching state.</summary>
    Malform,

    /// <summary>Abort the connection without touching state.</summary>
    Drop,

    /// <summary>Handle the request, then answer an error status anyway.</summary>
    ApplyThenFail,

    /// <summary>Answer an error status (or drop the connection) at once, and handle the request later, like a gateway that forwards it late.</summary>
    AnswerThenApplyLater,
}
