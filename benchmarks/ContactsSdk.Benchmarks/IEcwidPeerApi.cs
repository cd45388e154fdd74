using Refit;

namespace ContactsSdk.Benchmarks;

/// <summary>The peer's Ecwid client (store-scoped base address, Bearer token set on the HttpClient).</summary>
[Headers("Accept: application/json")]
public interface IEcwidPeerApi
{
    [Get("/customers/{customerId}")]
    Task<EcwidCustomerWire> GetCustomerAsync(long customerId, CancellationToken cancellationToken = default);

    [Get("/customers")]
    Task<EcwidSearchResult<EcwidCustomerWire>> SearchCustomersAsync(
        string sortBy, int offset, int limit, CancellationToken cancellationToken = default);
}
