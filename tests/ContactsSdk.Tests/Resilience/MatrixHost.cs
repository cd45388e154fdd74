using ContactsSdk.Testing;

namespace ContactsSdk.Tests.Resilience;

/// <summary>One vendor's fake and a retrying client on a fake clock, seen the same way for every vendor by the fault matrix.</summary>
public sealed class MatrixHost(
    IContactsClient client,
    Func<IReadOnlyList<FakeRequest>> journal,
    Action clearJournal,
    FaultInjector faults,
    Func<ValueTask> dispose) : IAsyncDisposable
{
    public IContactsClient Client => client;

    public IReadOnlyList<FakeRequest> Journal => journal();

    public FaultInjector Faults => faults;

    public void ClearJournal() => clearJournal();

    public ValueTask DisposeAsync() => dispose();
}
