using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Contract;

/// <summary>Ecwid in the contract suite: every customer needs an email, so the bare draft keeps one.</summary>
public sealed class EcwidContractTarget : ContractTarget
{
    public EcwidContractTarget()
        : this(EcwidHarness.Start())
    {
    }

    private EcwidContractTarget(EcwidHarness harness)
        : base(harness.Client, harness.Fake, harness)
    {
    }

    public override ContactDraft NewBareDraft(string label) => NewDraft(label);

    public override string SampleValue(ChannelKind kind, string label)
        => kind == ChannelKind.Phone || kind == ChannelKind.WhatsApp || kind == ChannelKind.Viber || kind == ChannelKind.Telegram
            ? "+15550001111"
            : kind == ChannelKind.Email ? $"{label}@example.net" : $"https://example.net/{label}1111";
}
