using Refit;

namespace ContactsSdk.Benchmarks;

/// <summary>The peer's AgentClara client: what a user writes with Refit instead of the SDK (source-generated, throws on failure).</summary>
[Headers("Accept: application/json")]
public interface IAgentClaraPeerApi
{
    [Get("/contacts/{contactId}")]
    Task<AgentClaraEnvelope<AgentClaraContactWire>> GetContactAsync(string contactId, CancellationToken cancellationToken = default);

    [Get("/contacts")]
    Task<AgentClaraEnvelope<List<AgentClaraContactWire>>> ListContactsAsync(
        int limit, int offset, string sort, CancellationToken cancellationToken = default);
}
