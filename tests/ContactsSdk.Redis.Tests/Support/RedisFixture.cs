namespace ContactsSdk.Redis.Tests.Support;

/// <summary>A fixture with a <c>redis-server</c> of its own, started once for all its tests (or skipped where it is missing) and stopped after.</summary>
public abstract class RedisFixture
{
    private RedisServer? _server;

    /// <summary>Gets the fixture's server.</summary>
    protected RedisServer Server => _server ?? throw new InvalidOperationException("The fixture's Redis has not started.");

    [OneTimeSetUp]
    public void StartRedis() => _server = RedisServer.StartOrSkip();

    [OneTimeTearDown]
    public void StopRedis() => _server?.Dispose();
}
