using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace ContactsSdk.Benchmarks;

/// <summary>
/// Builds the peer: what a user would write instead of the SDK — a source-generated Refit client registered with
/// <c>AddRefitGeneratedClient</c> (the JSON context's generated settings) on <see cref="IHttpClientFactory"/>, auth headers
/// on the HttpClient, <c>AddStandardResilienceHandler</c>, and the in-memory handler as primary handler.
/// </summary>
public static class Peers
{
    public static (ServiceProvider Services, IAgentClaraPeerApi Api) AgentClara(HttpMessageHandler handler)
        => Build<IAgentClaraPeerApi>(handler, AgentClaraBaselineJsonContext.Default, client =>
        {
            client.BaseAddress = Clients.AgentClaraBase;
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk_test_bench");
        });

    public static (ServiceProvider Services, IEcwidPeerApi Api) Ecwid(HttpMessageHandler handler)
        => Build<IEcwidPeerApi>(handler, EcwidBaselineJsonContext.Default, client =>
        {
            client.BaseAddress = new Uri(Clients.EcwidBase, "42");
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "secret_bench");
        });

    public static (ServiceProvider Services, IWixPeerApi Api) Wix(HttpMessageHandler handler)
        => Build<IWixPeerApi>(handler, WixBaselineJsonContext.Default, client =>
        {
            client.BaseAddress = new Uri(Clients.WixBase.ToString().TrimEnd('/'));
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "wix-api-key-bench");
            client.DefaultRequestHeaders.TryAddWithoutValidation("wix-site-id", "1f0b6a2c-0c4d-4a4e-9a57-0d1b7b1c0a11");
        });

    private static (ServiceProvider, TApi) Build<TApi>(
        HttpMessageHandler handler, System.Text.Json.Serialization.JsonSerializerContext context, Action<HttpClient> configure)
        where TApi : class
    {
        var services = new ServiceCollection();
        services.AddRefitGeneratedClient<TApi>(context)
            .ConfigureHttpClient(configure)
            .ConfigurePrimaryHttpMessageHandler(() => handler)
            .AddStandardResilienceHandler();
        var provider = services.BuildServiceProvider();
        return (provider, provider.GetRequiredService<TApi>());
    }
}
