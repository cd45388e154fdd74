using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.AgentClara;

/// <summary>
/// Describes one emulated operation: the query parameters it accepts, whether it writes, and its handler.
/// </summary>
/// <param name="QueryParameters">The only query parameter names accepted; any other answers 400.</param>
/// <param name="IsWrite">Whether a read-only key gets 403.</param>
/// <param name="Handle">The handler, run under the store's lock.</param>
internal sealed record AgentClaraEndpoint(
    IReadOnlyCollection<string> QueryParameters,
    bool IsWrite,
    Func<AgentClaraCall, FakeHttpResponse> Handle)
{
    /// <summary>Creates a read endpoint.</summary>
    public static AgentClaraEndpoint Read(Func<AgentClaraCall, FakeHttpResponse> handle, params string[] queryParameters) =>
        new(queryParameters, IsWrite: false, handle);

    /// <summary>Creates a write endpoint, which takes no query parameters.</summary>
    public static AgentClaraEndpoint Write(Func<AgentClaraCall, FakeHttpResponse> handle) =>
        new([], IsWrite: true, handle);
}
