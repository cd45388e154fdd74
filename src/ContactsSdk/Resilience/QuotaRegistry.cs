using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ContactsSdk.Resilience;

/// <summary>
/// Holds one <see cref="QuotaLimiter"/> per (vendor, credential, quotas) and clock for the whole process, so that every
/// client using the same credential shares one budget, however many containers or registrations create clients.
/// </summary>
internal static class QuotaRegistry
{
    // Keyed by clock first: a test's fake clock gets limiters of its own, and they go when the clock goes.
    private static readonly ConditionalWeakTable<TimeProvider, ConcurrentDictionary<string, Lazy<QuotaLimiter>>> Limiters = [];

    /// <summary>Gets the limiter of a <see cref="QuotaScope.Key"/> (vendor, hashed credential, quotas) on a clock.</summary>
    public static QuotaLimiter For(string scopeKey, IReadOnlyList<ContactsQuota> quotas, TimeProvider timeProvider)
    {
        var limiters = Limiters.GetValue(timeProvider, _ => new ConcurrentDictionary<string, Lazy<QuotaLimiter>>(StringComparer.Ordinal));
        return limiters.GetOrAdd(scopeKey, _ => new Lazy<QuotaLimiter>(() => new QuotaLimiter(quotas, timeProvider))).Value;
    }
}
