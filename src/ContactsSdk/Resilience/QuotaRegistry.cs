using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace ContactsSdk.Resilience;

/// <summary>
/// Holds one <see cref="QuotaLimiter"/> per (vendor, credential, quotas) and clock for the whole process, so that every
/// client using the same credential shares one budget, however many containers or registrations create clients.
/// </summary>
internal static class QuotaRegistry
{
    // Keyed by clock first: a test's fake clock gets limiters of its own, and they go when the clock goes.
    private static readonly ConditionalWeakTable<TimeProvider, ConcurrentDictionary<string, Lazy<QuotaLimiter>>> Limiters = [];

    public static QuotaLimiter For(ContactsVendor vendor, IEnumerable<string?> partition, IReadOnlyList<ContactsQuota> quotas, TimeProvider timeProvider)
    {
        var limiters = Limiters.GetValue(timeProvider, _ => new ConcurrentDictionary<string, Lazy<QuotaLimiter>>(StringComparer.Ordinal));
        var key = KeyOf(vendor, partition, quotas);
        return limiters.GetOrAdd(key, _ => new Lazy<QuotaLimiter>(() => new QuotaLimiter(quotas, timeProvider))).Value;
    }

    // The credential is hashed: the registry key must not keep a secret readable in memory dumps or debuggers.
    private static string KeyOf(ContactsVendor vendor, IEnumerable<string?> credentials, IReadOnlyList<ContactsQuota> quotas)
    {
        var credential = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', credentials))));
        var shape = string.Join(',', quotas.Select(quota => $"{quota.Permits}/{quota.Window.Ticks}"));
        return $"{vendor}|{credential}|{shape}";
    }
}
