using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Adversarial;

/// <summary>One harness per vendor (fake plus client, retries off), started once per fixture and reset before each test.</summary>
public abstract class VendorHarnessFixture
{
    protected AgentClaraHarness Clara { get; private set; } = null!;

    protected WixHarness Wix { get; private set; } = null!;

    protected EcwidHarness Ecwid { get; private set; } = null!;

    /// <summary>Gets how many requests reached any of the three fakes since the last reset.</summary>
    protected int Sent => Clara.Fake.Journal.Count + Wix.Fake.Journal.Count + Ecwid.Fake.Journal.Count;

    [OneTimeSetUp]
    public void StartHarnesses()
    {
        Clara = AgentClaraHarness.Start();
        Wix = WixHarness.Start();
        Ecwid = EcwidHarness.Start(fakeOptions: new EcwidFakeOptions { RateLimitPerMinute = null });
    }

    [OneTimeTearDown]
    public async Task StopHarnesses()
    {
        await Clara.DisposeAsync();
        await Wix.DisposeAsync();
        await Ecwid.DisposeAsync();
    }

    [SetUp]
    public void ResetFakes()
    {
        Clara.Reset();
        Wix.Reset();
        Ecwid.Reset();
    }

    protected IContactsClient Client(ContactsVendor vendor)
        => vendor switch
        {
            ContactsVendor.AgentClara => Clara.Client,
            ContactsVendor.Wix => Wix.Client,
            _ => Ecwid.Client,
        };

    protected VendorFake Fake(ContactsVendor vendor)
        => vendor switch
        {
            ContactsVendor.AgentClara => Clara.Fake,
            ContactsVendor.Wix => Wix.Fake,
            _ => Ecwid.Fake,
        };
}
