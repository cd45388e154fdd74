using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Contract;

/// <summary>Ecwid in the contract suite: every customer needs an email, so the bare draft keeps one.</summary>
public sealed class EcwidContractTarget : ContractTarget
{
    private readonly EcwidHarness _harness = EcwidHarness.Start();

    public override ContactsVendor Vendor => ContactsVendor.Ecwid;

    public override IContactsClient Client => _harness.Client;

    public override int RequestCount => _harness.Fake.Journal.Count;

    public override void Reset() => _harness.Reset();

    public override ContactDraft NewDraft(string label)
        => new()
        {
            Name = PersonName.FromFull($"Contract {label}"),
            Channels = [new ContactChannel(ChannelKind.Email, $"{label}@example.com")],
        };

    public override ContactDraft NewBareDraft(string label) => NewDraft(label);

    public override string SampleValue(ChannelKind kind, string label)
        => kind == ChannelKind.Phone || kind == ChannelKind.WhatsApp || kind == ChannelKind.Viber || kind == ChannelKind.Telegram
            ? "+15550001111"
            : kind == ChannelKind.Email ? $"{label}@example.net" : $"https://example.net/{label}1111";

    public override ValueTask DisposeAsync() => _harness.DisposeAsync();
}
