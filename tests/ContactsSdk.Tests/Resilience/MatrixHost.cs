using ContactsSdk.Testing;

namespace ContactsSdk.Tests.Resilience;

/// <summary>One vendor's fake and a retrying client on a fake clock, seen the same way for every vendor by the fault matrix.</summary>
public sealed class MatrixHost(IContactsClient client, VendorFake fake, Func<ValueTask> dispose) : IAsyncDisposable
{
    public IContactsClient Client => client;

    public VendorFake Fake => fake;

    public ValueTask DisposeAsync() => dispose();
}
