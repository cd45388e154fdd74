using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Changes;

/// <summary>One vendor's fake and client on one fake clock, as the change-feed scenarios run them.</summary>
public sealed class FeedVendor
{
    private FeedVendor(string name, ContactsVendor vendor, Func<FakeTimeProvider, (IContactsClient, VendorFake, IAsyncDisposable)> start)
    {
        Name = name;
        Vendor = vendor;
        Start = start;
    }

    public string Name { get; }

    public ContactsVendor Vendor { get; }

    public Func<FakeTimeProvider, (IContactsClient Client, VendorFake Fake, IAsyncDisposable Owner)> Start { get; }

    public bool KeepsDeletedHistory => Vendor == ContactsVendor.Ecwid;

    /// <summary>The largest page the feed asks for here, kept small so a few contacts make several pages.</summary>
    public static IEnumerable<FeedVendor> All()
    {
        yield return new("Ecwid", ContactsVendor.Ecwid, clock =>
        {
            var harness = EcwidHarness.Start(fakeOptions: new EcwidFakeOptions { TimeProvider = clock }, timeProvider: clock);
            return (harness.Client, harness.Fake, harness);
        });
        yield return new("Wix", ContactsVendor.Wix, clock =>
        {
            var harness = WixHarness.Start(fakeOptions: new WixFakeOptions { TimeProvider = clock }, timeProvider: clock);
            return (harness.Client, harness.Fake, harness);
        });
        yield return new("AgentClara with pagination", ContactsVendor.AgentClara, clock =>
        {
            var harness = AgentClaraHarness.Start(fakeOptions: new AgentClaraFakeOptions { TimeProvider = clock, EmitPagination = true }, timeProvider: clock);
            return (harness.Client, harness.Fake, harness);
        });
        yield return new("AgentClara bare lists", ContactsVendor.AgentClara, clock =>
        {
            var harness = AgentClaraHarness.Start(fakeOptions: new AgentClaraFakeOptions { TimeProvider = clock, EmitPagination = false }, timeProvider: clock);
            return (harness.Client, harness.Fake, harness);
        });
    }

    public override string ToString() => Name;
}
