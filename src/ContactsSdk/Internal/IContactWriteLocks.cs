namespace ContactsSdk.Internal;

/// <summary>
/// Serialises the read-modify-write of one contact on vendors that have no concurrency token (Ecwid, AgentClara), so
/// that two writers never lose each other's change. The in-process implementation is <see cref="InProcessContactWriteLocks"/>;
/// this seam is where a lock shared by several app instances (e.g. Redis) plugs in.
/// </summary>
internal interface IContactWriteLocks
{
    /// <summary>Waits until no other writer holds <paramref name="key"/>, then holds it until the returned handle is disposed.</summary>
    /// <param name="key">The contact's key: vendor, account and contact id.</param>
    /// <param name="cancellationToken">Cancels the wait; the key is then not held.</param>
    ValueTask<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken);
}
