using ContactsSdk.Resilience;

namespace ContactsSdk.Redis.Worker;

/// <summary>
/// Stands for an instance that crashes mid-write: takes the real (Redis) lock, says <c>HELD</c> on standard output, and
/// never returns, so the test can kill the process while it holds the contact.
/// </summary>
internal sealed class StallingLocks(IContactWriteLockProvider inner) : IContactWriteLockProvider
{
    public async ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        await inner.AcquireAsync(key, cancellationToken);
        Console.WriteLine("HELD");
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("Unreachable: the stall ends only when the process is killed.");
    }
}
