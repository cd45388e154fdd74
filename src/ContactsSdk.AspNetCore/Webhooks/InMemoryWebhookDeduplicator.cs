using System.Collections.Concurrent;
using ContactsSdk.Webhooks;

namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>
/// The default de-duplication store: one process's memory, atomic per event, expiring marks on the injected clock.
/// Several app instances behind a load balancer need a shared store (<c>ContactsSdk.Redis</c>).
/// </summary>
public sealed class InMemoryWebhookDeduplicator : IWebhookDeduplicator
{
    private const int PruneEvery = 1024;

    private readonly ConcurrentDictionary<(ContactsVendor Vendor, string EventId), DateTimeOffset> _marks = new();
    private readonly TimeProvider _clock;
    private int _marksSincePrune;

    /// <summary>Initializes a store on a clock.</summary>
    /// <param name="timeProvider">The clock marks expire on; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    public InMemoryWebhookDeduplicator(TimeProvider? timeProvider = null) => _clock = timeProvider ?? TimeProvider.System;

    /// <summary>Gets how many marks are held, expired ones included until the next prune.</summary>
    public int Count => _marks.Count;

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="eventId"/> is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeToLive"/> is not positive.</exception>
    public ValueTask<bool> TryMarkAsync(ContactsVendor vendor, string eventId, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        var now = _clock.GetUtcNow();
        // A huge TTL (TimeSpan.MaxValue: "remember forever") saturates instead of overflowing the calendar.
        var expires = timeToLive < DateTimeOffset.MaxValue - now ? now + timeToLive : DateTimeOffset.MaxValue;
        var marked = TryMark((vendor, eventId), now, expires);
        if (marked && Interlocked.Increment(ref _marksSincePrune) % PruneEvery == 0)
        {
            Prune(now);
        }

        return ValueTask.FromResult(marked);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="eventId"/> is null or empty.</exception>
    public ValueTask ReleaseAsync(ContactsVendor vendor, string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        _marks.TryRemove((vendor, eventId), out _);
        return ValueTask.CompletedTask;
    }

    // Add wins for the first caller; an expired mark is replaced by compare-and-swap, so of concurrent callers one wins.
    private bool TryMark((ContactsVendor, string) key, DateTimeOffset now, DateTimeOffset expires)
    {
        while (true)
        {
            if (_marks.TryAdd(key, expires))
            {
                return true;
            }

            if (_marks.TryGetValue(key, out var existing))
            {
                if (existing > now)
                {
                    return false;
                }

                if (_marks.TryUpdate(key, expires, existing))
                {
                    return true;
                }
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var mark in _marks)
        {
            if (mark.Value <= now)
            {
                _marks.TryRemove(mark);
            }
        }
    }
}
