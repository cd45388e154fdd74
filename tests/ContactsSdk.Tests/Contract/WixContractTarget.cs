using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Contract;

/// <summary>Wix in the contract suite.</summary>
public sealed class WixContractTarget : ContractTarget
{
    private readonly WixHarness _harness = WixHarness.Start();

    public override ContactsVendor Vendor => ContactsVendor.Wix;

    public override IContactsClient Client => _harness.Client;

    public override int RequestCount => _harness.Fake.Journal.Count;

    public override void Reset() => _harness.Reset();

    public override ContactDraft NewDraft(string label)
        => new()
        {
            Name = PersonName.FromFull($"Contract {label}"),
            Channels = [new ContactChannel(ChannelKind.Email, $"{label}@example.com")],
        };

    public override string SampleValue(ChannelKind kind, string label)
        => kind == ChannelKind.Phone ? "+15550001111" : $"{label}@example.net";

    public override ValueTask DisposeAsync() => _harness.DisposeAsync();
}
