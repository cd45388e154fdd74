namespace ContactsSdk.Tests.Resilience;

/// <summary>The faults the matrix injects, each once, into the request an operation depends on.</summary>
public enum MatrixFault
{
    TooManyRequests,
    InternalServerError,
    BadGateway,
    ServiceUnavailable,
    SlowPastAttemptTimeout,
    DroppedConnection,
    MalformedJson,
    AppliedThenServerError,
}
