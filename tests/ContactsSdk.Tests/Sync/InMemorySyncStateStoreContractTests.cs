using ContactsSdk.Sync;

namespace ContactsSdk.Tests.Sync;

public sealed class InMemorySyncStateStoreContractTests : SyncStateStoreContractTests
{
    protected override ISyncStateStore OpenEmpty() => new InMemorySyncStateStore();
}
