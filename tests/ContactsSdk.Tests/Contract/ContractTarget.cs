namespace ContactsSdk.Tests.Contract;

/// <summary>One vendor as the contract suite sees it: a client over HTTP against the vendor's fake, and the fake's journal.</summary>
public abstract class ContractTarget : IAsyncDisposable
{
    public abstract ContactsVendor Vendor { get; }

    public abstract IContactsClient Client { get; }

    /// <summary>Gets how many requests reached the fake since the last reset.</summary>
    public abstract int RequestCount { get; }

    public abstract void Reset();

    /// <summary>A draft the vendor accepts, unique per call.</summary>
    public abstract ContactDraft NewDraft(string label);

    /// <summary>A draft with the fewest channels the vendor accepts (Ecwid needs an email); by default, none.</summary>
    public virtual ContactDraft NewBareDraft(string label) => NewDraft(label) with { Channels = [] };

    /// <summary>A valid value for a channel of <paramref name="kind"/> (e.g. an E.164 phone).</summary>
    public abstract string SampleValue(ChannelKind kind, string label);

    public abstract ValueTask DisposeAsync();

    public override string ToString() => Vendor.ToString();
}
