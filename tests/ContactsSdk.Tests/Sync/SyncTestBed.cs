using ContactsSdk.Testing;
using ContactsSdk.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Sync;

/// <summary>One fake per vendor on one fake clock, with clients that do not retry, for the sync and upsert tests.</summary>
public sealed class SyncTestBed : IAsyncDisposable
{
    private SyncTestBed(FakeTimeProvider clock)
    {
        Clock = clock;
        Ecwid = EcwidHarness.Start(fakeOptions: new EcwidFakeOptions { TimeProvider = clock }, timeProvider: clock);
        Wix = WixHarness.Start(fakeOptions: new WixFakeOptions { TimeProvider = clock }, timeProvider: clock);
        Clara = AgentClaraHarness.Start(fakeOptions: new AgentClaraFakeOptions { TimeProvider = clock }, timeProvider: clock);
    }

    public FakeTimeProvider Clock { get; }

    public EcwidHarness Ecwid { get; }

    public WixHarness Wix { get; }

    public AgentClaraHarness Clara { get; }

    public static SyncTestBed Start() => new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)));

    public IContactsClient Client(ContactsVendor vendor) => vendor switch
    {
        ContactsVendor.Ecwid => Ecwid.Client,
        ContactsVendor.Wix => Wix.Client,
        _ => Clara.Client,
    };

    public VendorFake Fake(ContactsVendor vendor) => vendor switch
    {
        ContactsVendor.Ecwid => Ecwid.Fake,
        ContactsVendor.Wix => Wix.Fake,
        _ => Clara.Fake,
    };

    public void Reset()
    {
        foreach (var fake in new VendorFake[] { Ecwid.Fake, Wix.Fake, Clara.Fake })
        {
            fake.Reset();
            fake.ClearFaults();
            fake.ClearJournal();
        }
    }

    /// <summary>The requests that changed something: anything but a read (Wix reads with POST …/query).</summary>
    public static IReadOnlyList<FakeRequest> Writes(VendorFake fake)
        => [.. fake.Journal.Where(request => request.Method != "GET" && !request.Path.EndsWith("/query", StringComparison.Ordinal))];

    public static async Task<List<Contact>> AllAsync(IContactsClient client)
    {
        var all = new List<Contact>();
        await foreach (var contact in client.ListAsync())
        {
            all.Add(contact);
        }

        return all;
    }

    public async ValueTask DisposeAsync()
    {
        await Ecwid.DisposeAsync();
        await Wix.DisposeAsync();
        await Clara.DisposeAsync();
    }
}
