using ContactsSdk.Configuration;
using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Resilience;
using ContactsSdk.Testing;

namespace ContactsSdk.Tests.Support;

/// <summary>Builds a vendor client (through the real DI registration) that talks to a <see cref="ScriptedServer"/>.</summary>
public static class ScriptedClients
{
    public const string Name = "scripted";

    /// <summary>Builds the clients; retries, pacing and the breaker are off and timeouts short unless <paramref name="resilience"/> changes them.</summary>
    public static ContactsClients Build(
        ContactsVendor vendor, Uri baseAddress, Action<ContactsResilienceOptions>? resilience = null, Action<ContactsClientOptions>? configure = null)
    {
        void Common(ContactsClientOptions options)
        {
            options.Resilience.MaxRetryAttempts = 0;
            options.Resilience.PaceRequests = false;
            options.Resilience.CircuitBreakerMinimumThroughput = 10_000;
            options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(5);
            options.Resilience.TotalTimeout = TimeSpan.FromSeconds(10);
            resilience?.Invoke(options.Resilience);
            configure?.Invoke(options);
        }

        return new ContactsClientBuilder().Configure(sdk => _ = vendor switch
        {
            ContactsVendor.AgentClara => sdk.AddAgentClara(Name, o =>
            {
                o.ApiKey = AgentClaraFake.DefaultCredential;
                o.BaseAddress = baseAddress;
                Common(o);
            }),
            ContactsVendor.Wix => sdk.AddWix(Name, o =>
            {
                o.ApiKey = WixFake.DefaultCredential;
                o.SiteId = WixFake.DefaultSiteId;
                o.BaseAddress = baseAddress;
                Common(o);
            }),
            ContactsVendor.Ecwid => sdk.AddEcwid(Name, o =>
            {
                o.StoreId = EcwidFake.DefaultStoreId;
                o.AccessToken = EcwidFake.DefaultCredential;
                o.BaseAddress = new Uri(baseAddress, "api/v3/");
                Common(o);
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(vendor)),
        }).Build();
    }
}
