using ContactsSdk.Internal;
using Refit;

namespace ContactsSdk.Changes;

/// <summary>Reads the vendor's clock from the <c>Date</c> header of an answer (RFC 9110: whole seconds).</summary>
internal static class ServerTime
{
    /// <summary>Sends a small request through the caller and returns its <c>Date</c> header, or null when the vendor sent none.</summary>
    public static async Task<DateTimeOffset?> ProbeAsync<T>(
        VendorApiCaller caller, Func<CancellationToken, Task<IApiResponse<T>>> call, CancellationToken cancellationToken)
        where T : class
    {
        DateTimeOffset? date = null;
        await caller.SendAsync(
            async ct =>
            {
                var response = await call(ct).ConfigureAwait(false);
                date = response.Headers?.Date;
                return response;
            },
            cancellationToken).ConfigureAwait(false);
        return date;
    }
}
