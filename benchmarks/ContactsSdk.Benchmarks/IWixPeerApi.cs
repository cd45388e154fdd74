using Refit;

namespace ContactsSdk.Benchmarks;

/// <summary>The peer's Wix client (API key and site id headers set on the HttpClient).</summary>
[Headers("Accept: application/json")]
public interface IWixPeerApi
{
    [Get("/contacts/v4/contacts/{contactId}")]
    Task<WixContactEnvelope> GetContactAsync(string contactId, CancellationToken cancellationToken = default);

    [Post("/contacts/v4/contacts/query")]
    Task<WixContactsPage> QueryContactsAsync([Body] WixQueryRequest body, CancellationToken cancellationToken = default);
}
