namespace ContactsSdk.Internal;

/// <summary>The parts of a failed HTTP answer that an exception keeps.</summary>
internal sealed record FailedResponse(int StatusCode, string? Body, string? RequestId, TimeSpan? RetryAfter);
