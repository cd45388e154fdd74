using ContactsSdk.Webhooks;

namespace ContactsSdk.Redis.Internal;

/// <summary>The de-duplication set of one process, used only while Redis is unreachable and the option says to fall back.</summary>
internal sealed class InMemoryWebhookSet(TimeProvider clock) : IWebhookDeduplicator
{
    // Expired marks are swept this often (in marks), so the set holds at most the marks of one resend window.
    private const int SweepEvery = 256;

    private readonly Lock _sync = new();
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private int _marks;

    public ValueTask<bool> TryMarkAsync(ContactsVendor vendor, string eventId, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        lock (_sync)
        {
            if (++_marks % SweepEvery == 0)
            {
                foreach (var expired in _expiries.Where(entry => entry.Value <= now).Select(entry => entry.Key).ToList())
                {
                    _expiries.Remove(expired);
                }
            }

            var key = KeyOf(vendor, eventId);
            if (_expiries.TryGetValue(key, out var expiry) && expiry > now)
            {
                return ValueTask.FromResult(false);
            }

            _expiries[key] = now + timeToLive;
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask ReleaseAsync(ContactsVendor vendor, string eventId, CancellationToken cancellationToken = default)
    {
        lock (_sync)
        {
            _expiries.Remove(KeyOf(vendor, eventId));
        }

        return ValueTask.CompletedTask;
    }

    private static string KeyOf(ContactsVendor vendor, string eventId) => $"{vendor}:{eventId}";
}
