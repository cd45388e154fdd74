using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace ContactsSdk.DependencyInjection;

/// <summary>What differs between vendors when a client is registered; the rest is <see cref="ContactsSdkBuilder.AddVendor{TOptions, TApi, TClient, TValidator}"/>.</summary>
internal sealed record VendorRegistration<TOptions, TApi, TClient>(
    string Name,
    ContactsVendor Vendor,
    JsonSerializerContext JsonContext,
    Func<OptionsBuilder<TOptions>, OptionsBuilder<TOptions>> ConfigureOptions,
    Action<HttpClient, TOptions> Authenticate,
    Func<TApi, Internal.VendorClientContext, TClient> CreateClient)
    where TOptions : ContactsClientOptions
{
    /// <summary>
    /// Gets an optional handler that authenticates each request (e.g. an OAuth token it fetches and refreshes), placed
    /// outermost so its own token calls go through logging and resilience too. Null when <see cref="Authenticate"/> suffices.
    /// </summary>
    public Func<IServiceProvider, TOptions, DelegatingHandler>? AuthenticationHandler { get; init; }

    /// <summary>
    /// Gets which POSTs are safe to retry because they only read or are idempotent by design (Wix queries, label and field
    /// find-or-create). Every other POST creates and is never retried by the pipeline. Null when no POST is safe.
    /// </summary>
    public Func<HttpRequestMessage, bool>? IsIdempotentPost { get; init; }
}
