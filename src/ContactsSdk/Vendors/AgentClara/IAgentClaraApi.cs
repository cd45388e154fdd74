using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Vendors.AgentClara.Models;
using Refit;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>AgentClara's contact endpoints (spec §2.1). Every method answers an <see cref="IApiResponse"/> so failures keep their body.</summary>
[Headers("Accept: application/json")]
internal interface IAgentClaraApi
{
    [Get("/contacts")]
    Task<IApiResponse<AgentClaraEnvelope<List<AgentClaraContactResource>>>> ListContactsAsync(
        int limit, int offset, string? search, string? tag, string? sort, CancellationToken cancellationToken);

    [Get("/contacts")]
    Task<IApiResponse<AgentClaraEnvelope<List<JsonElement>>>> ListRawContactsAsync(
        int limit, int offset, string? search, string? tag, string? sort, CancellationToken cancellationToken);

    [Get("/contacts/search")]
    Task<IApiResponse<AgentClaraEnvelope<List<AgentClaraContactResource>>>> SearchContactsAsync(
        string q, int limit, CancellationToken cancellationToken);

    [Get("/contacts/{contactId}")]
    Task<IApiResponse<AgentClaraEnvelope<AgentClaraContactResource>>> GetContactAsync(string contactId, CancellationToken cancellationToken);

    [Post("/contacts")]
    Task<IApiResponse<AgentClaraEnvelope<AgentClaraContactResource>>> CreateContactAsync(
        [Body] AgentClaraCreateContactRequest body, CancellationToken cancellationToken);

    // A JsonObject body keeps "absent" (leave) apart from an explicit null (clear).
    [Patch("/contacts/{contactId}")]
    Task<IApiResponse<AgentClaraEnvelope<AgentClaraContactResource>>> UpdateContactAsync(
        string contactId, [Body] JsonObject body, CancellationToken cancellationToken);

    [Delete("/contacts/{contactId}")]
    Task<IApiResponse> DeleteContactAsync(string contactId, CancellationToken cancellationToken);

    [Get("/contacts/{contactId}/conversations")]
    Task<IApiResponse<AgentClaraEnvelope<List<AgentClaraConversationResource>>>> ListContactConversationsAsync(
        string contactId, int limit, int offset, CancellationToken cancellationToken);
}
