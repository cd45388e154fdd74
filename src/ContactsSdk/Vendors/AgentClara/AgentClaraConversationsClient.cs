using ContactsSdk.Diagnostics;
using ContactsSdk.Internal;
using ContactsSdk.Paging;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>The conversation endpoint behind <see cref="IAgentClaraContactsClient.Conversations"/>.</summary>
internal sealed class AgentClaraConversationsClient(IAgentClaraApi api, VendorApiCaller caller) : IAgentClaraConversationsClient
{
    /// <inheritdoc/>
    public Pageable<AgentClaraConversation> ListAsync(string contactId, CancellationToken cancellationToken = default)
    {
        AgentClaraRules.GuardContactId(contactId, nameof(contactId));
        var settings = OffsetListing.Settings(
            ContactsVendor.AgentClara, ContactsOperations.ConversationsList, ListingScope.Fingerprint("conversations", contactId),
            AgentClaraCapabilities.MaxPageSize, AgentClaraCapabilities.MaxPageSize);
        return OffsetListing.Create(
            settings, (offset, size, ct) => ListPageAsync(contactId, offset, size, ct), conversation => conversation.Id, cancellationToken);
    }

    private async Task<OffsetPage<AgentClaraConversation>> ListPageAsync(string contactId, int offset, int pageSize, CancellationToken cancellationToken)
    {
        var envelope = await caller.SendAsync(ct => api.ListContactConversationsAsync(contactId, pageSize, offset, ct), cancellationToken)
            .ConfigureAwait(false);
        return new OffsetPage<AgentClaraConversation>(
            [.. envelope.Data.Select(AgentClaraMapper.ToConversation)], envelope.Pagination?.Total, envelope.Pagination?.HasMore);
    }
}
