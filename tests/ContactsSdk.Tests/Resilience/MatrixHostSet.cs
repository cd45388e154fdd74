using Microsoft.Extensions.Time.Testing;

namespace ContactsSdk.Tests.Resilience;

/// <summary>One warmed-up <see cref="MatrixHost"/> per vendor on one fake clock, for fixtures that run every vendor.</summary>
public sealed class MatrixHostSet : IAsyncDisposable
{
    private readonly Dictionary<ContactsVendor, MatrixHost> _hosts = [];

    private MatrixHostSet()
    {
    }

    public MatrixHost this[ContactsVendor vendor] => _hosts[vendor];

    public IEnumerable<MatrixHost> All => _hosts.Values;

    public static async Task<MatrixHostSet> StartAsync(FakeTimeProvider clock, IEnumerable<ContactsVendor>? vendors = null)
    {
        var set = new MatrixHostSet();
        foreach (var vendor in vendors ?? FaultMatrixTests.Vendors())
        {
            set._hosts[vendor] = await MatrixHosts.StartWarmAsync(vendor, clock);
        }

        return set;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts.Values)
        {
            await host.DisposeAsync();
        }
    }
}
