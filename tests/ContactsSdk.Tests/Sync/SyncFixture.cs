namespace ContactsSdk.Tests.Sync;

/// <summary>A fixture on one <see cref="SyncTestBed"/> (three fakes, one fake clock), started once and reset before each test.</summary>
[NonParallelizable]
public abstract class SyncFixture
{
    protected SyncTestBed Bed { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartBed() => Bed = SyncTestBed.Start();

    [OneTimeTearDown]
    public async Task StopBed() => await Bed.DisposeAsync();

    [SetUp]
    public void ResetBed() => Bed.Reset();
}
