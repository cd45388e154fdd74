namespace ContactsSdk.Tests.Resilience;

/// <summary>The faults the create matrix injects into the create request itself.</summary>
public enum CreateFault
{
    /// <summary>Stored, then answered 500.</summary>
    AppliedThen500,

    /// <summary>Stored, then answered 503.</summary>
    AppliedThen503,

    /// <summary>Answered 503 without storing anything.</summary>
    NotApplied503,

    /// <summary>A gateway answers 502 at once and the write lands 400 ms later, before the SDK looks.</summary>
    Gateway502LandsSoon,

    /// <summary>A gateway answers 504 at once and the write lands 10 s later, after the SDK has looked.</summary>
    Gateway504LandsLate,

    /// <summary>The connection drops and the write lands 400 ms later.</summary>
    DroppedThenLands,

    /// <summary>The connection drops and nothing is stored.</summary>
    DroppedNeverLands,

    /// <summary>The answer comes after the attempt timeout; the write is stored when it comes.</summary>
    SlowPastAttemptTimeout,

    /// <summary>429 with Retry-After: 1, nothing stored.</summary>
    TooManyRequests,

    /// <summary>200 with a cut-off body; the fake stores nothing.</summary>
    MalformedAnswer,
}
