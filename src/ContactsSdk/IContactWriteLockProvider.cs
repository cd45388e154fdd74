namespace ContactsSdk;

/// <summary>
/// Serialises the read-modify-write of one contact on vendors that have no concurrency token (Ecwid, AgentClara), so two
/// writers never lose each other's change. The default serves one process
/// (<see cref="ContactsCoordination.InProcessWriteLocks"/>); <c>ContactsSdk.Redis</c> shares the locks between app
/// instances. Replace it with <c>UseContactWriteLocks</c> on the SDK builder.
/// </summary>
/// <remarks>
/// Keys name the vendor, a hash of the account and the contact id; they hold no secret and no contact data. A lock
/// shared between processes should expire (a lease) so a crashed holder cannot block a contact for ever. A provider
/// whose backend is down either falls back or throws a <see cref="Errors.ContactsException"/>; it never waits on its
/// backend beyond its own timeout.
/// </remarks>
public interface IContactWriteLockProvider
{
    /// <summary>Waits until no other writer holds <paramref name="key"/>, then holds it until the returned handle is disposed.</summary>
    /// <param name="key">The contact's key: vendor, hashed account and contact id.</param>
    /// <param name="cancellationToken">Cancels the wait; the key is then not held.</param>
    /// <returns>The handle; disposing it releases the key (only this holder's hold).</returns>
    ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken);
}
