using System.Security.Cryptography;
using System.Text;
namespace ContactsSdk.Internal;

/// <summary>
/// A client's view of the per-contact write locks: it prefixes the contact id with the vendor and account (hashed, so no
/// credential stays readable in the key), so that clients of different accounts never wait for each other.
/// </summary>
internal sealed class ContactWriteLock(ContactsVendor vendor, string account, TimeProvider clock, IContactWriteLockProvider? locks = null)
{
    private readonly IContactWriteLockProvider _locks = locks ?? InProcessContactWriteLocks.Shared;
    private readonly string _prefix = $"{vendor}|{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(account)))}|";

    /// <summary>Holds the contact's lock until the returned handle is disposed.</summary>
    public ValueTask<IAsyncDisposable> AcquireAsync(string contactId, CancellationToken cancellationToken)
        => _locks.AcquireAsync(_prefix + contactId, cancellationToken);

    /// <summary>
    /// Runs <paramref name="write"/> while holding the contact's lock. When the write fails in a way that does not prove the
    /// vendor finished (it may still land), the lock is held for <see cref="SafeCreate.SettleDelay"/> more, so that a late
    /// landing is absorbed before the next writer in this process reads the contact.
    /// </summary>
    public async Task<T> RunAsync<T>(string contactId, Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        var held = await AcquireAsync(contactId, cancellationToken).ConfigureAwait(false);
        await using (held.ConfigureAwait(false))
        {
            try
            {
                return await write(cancellationToken).ConfigureAwait(false);
            }
            catch (Errors.ContactsException ex) when (SafeCreate.Classify(ex) == CreateFailureKind.MayStillLand)
            {
                await Task.Delay(SafeCreate.SettleDelay, clock, cancellationToken).ConfigureAwait(false);
                throw;
            }
        }
    }
}
