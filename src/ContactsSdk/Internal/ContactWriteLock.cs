using System.Security.Cryptography;
using System.Text;

namespace ContactsSdk.Internal;

/// <summary>
/// A client's view of the per-contact write locks: it prefixes the contact id with the vendor and account (hashed, so no
/// credential stays readable in the key), so that clients of different accounts never wait for each other.
/// </summary>
internal sealed class ContactWriteLock(ContactsVendor vendor, string account, IContactWriteLocks? locks = null)
{
    private readonly IContactWriteLocks _locks = locks ?? InProcessContactWriteLocks.Shared;
    private readonly string _prefix = $"{vendor}|{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(account)))}|";

    /// <summary>Holds the contact's lock until the returned handle is disposed.</summary>
    public ValueTask<IDisposable> AcquireAsync(string contactId, CancellationToken cancellationToken)
        => _locks.AcquireAsync(_prefix + contactId, cancellationToken);

    /// <summary>Runs <paramref name="write"/> while holding the contact's lock.</summary>
    public async Task<T> RunAsync<T>(string contactId, Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        using var held = await AcquireAsync(contactId, cancellationToken).ConfigureAwait(false);
        return await write(cancellationToken).ConfigureAwait(false);
    }
}
