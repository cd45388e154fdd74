using ContactsSdk.Sync;

namespace ContactsSdk.Tests.Sync;

public sealed class JsonFileSyncStateStoreContractTests : SyncStateStoreContractTests
{
    private string _folder = null!;

    [SetUp]
    public void MakeFolder() => _folder = Directory.CreateTempSubdirectory("sync-contract-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    protected override ISyncStateStore OpenEmpty() => new JsonFileSyncStateStore(Path.Combine(_folder, "state.jsonl"));
}
