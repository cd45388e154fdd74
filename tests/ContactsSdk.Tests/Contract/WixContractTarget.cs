using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Contract;

/// <summary>Wix in the contract suite: the default drafts and channel values fit it.</summary>
public sealed class WixContractTarget : ContractTarget
{
    public WixContractTarget()
        : this(WixHarness.Start())
    {
    }

    private WixContractTarget(WixHarness harness)
        : base(harness.Client, harness.Fake, harness)
    {
    }
}
