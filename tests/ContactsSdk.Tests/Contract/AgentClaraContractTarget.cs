using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Contract;

/// <summary>AgentClara in the contract suite: the default drafts and channel values fit it.</summary>
public sealed class AgentClaraContractTarget : ContractTarget
{
    public AgentClaraContractTarget()
        : this(AgentClaraHarness.Start())
    {
    }

    private AgentClaraContractTarget(AgentClaraHarness harness)
        : base(harness.Client, harness.Fake, harness)
    {
    }
}
