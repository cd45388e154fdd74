using ContactsSdk.DependencyInjection;
using ContactsSdk.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace ContactsSdk.Benchmarks;

/// <summary>Builds the SDK's facade from DI exactly as an application would, with the in-memory handler as primary handler.</summary>
public static class Clients
{
    public static readonly Uri AgentClaraBase = new("https://agentclara.invalid/");
    public static readonly Uri EcwidBase = new("https://ecwid.invalid/api/v3/");
    public static readonly Uri WixBase = new("https://wix.invalid/");
    public const long EcwidStoreId = 42;

    public static (ServiceProvider Services, IContactsClient Client) AgentClara(
        HttpMessageHandler handler, Action<ContactsResilienceOptions>? resilience = null, string apiKey = "sk_test_bench")
    {
        var services = new ServiceCollection();
        services.AddContactsSdk().AddAgentClara("clara", options =>
        {
            options.ApiKey = apiKey;
            options.BaseAddress = AgentClaraBase;
            options.Resilience.PaceRequests = false;
            resilience?.Invoke(options.Resilience);
        });
        return Build(services, handler, "clara");
    }

    public static (ServiceProvider Services, IContactsClient Client) Ecwid(HttpMessageHandler handler)
    {
        var services = new ServiceCollection();
        services.AddContactsSdk().AddEcwid("ecwid", options =>
        {
            options.StoreId = EcwidStoreId;
            options.AccessToken = "secret_bench";
            options.BaseAddress = EcwidBase;
            options.Resilience.PaceRequests = false;
        });
        return Build(services, handler, "ecwid");
    }

    public static (ServiceProvider Services, IContactsClient Client) Wix(HttpMessageHandler handler)
    {
        var services = new ServiceCollection();
        services.AddContactsSdk().AddWix("wix", options =>
        {
            options.ApiKey = "wix-api-key-bench";
            options.SiteId = "1f0b6a2c-0c4d-4a4e-9a57-0d1b7b1c0a11";
            options.BaseAddress = WixBase;
            options.Resilience.PaceRequests = false;
        });
        return Build(services, handler, "wix");
    }

    private static (ServiceProvider, IContactsClient) Build(ServiceCollection services, HttpMessageHandler handler, string name)
    {
        // Every named client takes this primary handler; the SDK's own handlers and pipeline stay on top of it.
        // ConfigureHttpClientDefaults is not enough: Refit's registration sets the named client's primary handler after
        // the defaults. A post-configure action runs after every configure action, so it is the last to set it.
        services.PostConfigureAll<HttpClientFactoryOptions>(
            options => options.HttpMessageHandlerBuilderActions.Add(builder => builder.PrimaryHandler = handler));
        var provider = services.BuildServiceProvider();
        return (provider, provider.GetRequiredService<IContactsClientFactory>().Get(name));
    }
}
