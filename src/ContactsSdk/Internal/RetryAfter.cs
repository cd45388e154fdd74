using System.Net.Http.Headers;

namespace ContactsSdk.Internal;

/// <summary>Reads <c>Retry-After</c> on the injected clock: a date becomes the wait until it, and a date already past waits zero.</summary>
internal static class RetryAfter
{
    public static TimeSpan? Of(HttpResponseHeaders? headers, TimeProvider clock)
        => headers?.RetryAfter switch
        {
            { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
            { Date: { } date } => date - clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
}
