using ContactsSdk.Testing;

namespace ContactsSdk.Tests.Contract;

/// <summary>
/// One vendor as the contract suite sees it: a client over HTTP against the vendor's fake, and the fake's journal.
/// Vendors override only the drafts and channel values they accept differently.
/// </summary>
public abstract class ContractTarget : IAsyncDisposable
{
    private readonly IAsyncDisposable _harness;
    private readonly VendorFake _fake;

    private protected ContractTarget(IContactsClient client, VendorFake fake, IAsyncDisposable harness)
    {
        Client = client;
        _fake = fake;
        _harness = harness;
    }

    public ContactsVendor Vendor => Client.Vendor;

    /// <summary>Starts the fake and client of <paramref name="vendor"/>.</summary>
    public static ContractTarget Start(ContactsVendor vendor)
        => vendor switch
        {
            ContactsVendor.AgentClara => new AgentClaraContractTarget(),
            ContactsVendor.Wix => new WixContractTarget(),
            ContactsVendor.Ecwid => new EcwidContractTarget(),
            _ => throw new ArgumentOutOfRangeException(nameof(vendor), vendor, "No contract target yet."),
        };

    public IContactsClient Client { get; }

    /// <summary>Gets how many requests reached the fake since the last reset.</summary>
    public int RequestCount => _fake.Journal.Count;

    public void Reset() => _fake.Reset();

    /// <summary>A draft the vendor accepts, unique per call.</summary>
    public virtual ContactDraft NewDraft(string label)
        => new()
        {
            Name = PersonName.FromFull($"Contract {label}"),
            Channels = [new ContactChannel(ChannelKind.Email, $"{label}@example.com")],
        };

    /// <summary>A draft with the fewest channels the vendor accepts (Ecwid needs an email); by default, none.</summary>
    public virtual ContactDraft NewBareDraft(string label) => NewDraft(label) with { Channels = [] };

    /// <summary>A valid value for a channel of <paramref name="kind"/> (e.g. an E.164 phone).</summary>
    public virtual string SampleValue(ChannelKind kind, string label)
        => kind == ChannelKind.Phone ? "+15550001111" : $"{label}@example.net";

    public async ValueTask DisposeAsync()
    {
        await _harness.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public override string ToString() => Vendor.ToString();
}
