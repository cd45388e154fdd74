using System.Text.Json.Serialization;
using ContactsSdk.Configuration;
using Microsoft.Extensions.Options;

namespace ContactsSdk.DependencyInjection;

/// <summary>What differs between vendors when a client is registered; the rest is <see cref="ContactsSdkBuilder.AddVendor{TOptions, TApi, TClient, TValidator}"/>.</summary>
internal sealed record VendorRegistration<TOptions, TApi, TClient>(
    string Name,
    ContactsVendor Vendor,
    JsonSerializerContext JsonContext,
    Func<OptionsBuilder<TOptions>, OptionsBuilder<TOptions>> ConfigureOptions,
    Func<TApi, Internal.VendorClientContext, TClient> CreateClient)
    where TOptions : ContactsClientOptions
{
    /// <summary>
    /// Gets an optional handler that authenticates each request (e.g. an OAuth token it fetches and refreshes), placed
    /// outermost so its own token calls go through logging and resilience too. Null when the options' own headers suffice.
    /// </summary>
    public Func<IServiceProvider, TOptions, DelegatingHandler>? AuthenticationHandler { get; init; }
}
