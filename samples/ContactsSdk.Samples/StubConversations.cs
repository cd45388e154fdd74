using ContactsSdk.Paging;
using ContactsSdk.Vendors.AgentClara;

namespace ContactsSdk.Samples;

// A hand-written test double of a sub-client interface; shown in docs/extending-and-mocking.md and run by the docs tests.
#region mock-sub-client
public sealed class StubConversations(params AgentClaraConversation[] conversations) : IAgentClaraConversationsClient
{
    public Pageable<AgentClaraConversation> ListAsync(string contactId, CancellationToken cancellationToken = default)
        => Pageable.FromPages([new Page<AgentClaraConversation>([.. conversations.Where(c => c.ContactId == contactId)], ContinuationToken: null)]);
}
#endregion
