using ContactsSdk.DependencyInjection;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.Wix;

namespace ContactsSdk.Tests.Support;

/// <summary>
/// One Wix fake plus a client wired to it through the real DI registration (HTTP, Refit, resilience).
/// Create one per fixture; call <see cref="Reset"/> per test.
/// </summary>
public sealed class WixHarness : IAsyncDisposable
{
    private readonly ContactsClients _clients;

    private WixHarness(WixFake fake, ContactsClients clients)
    {
        Fake = fake;
        _clients = clients;
    }

    public WixFake Fake { get; }

    public IWixContactsClient Client => _clients.Get<IWixContactsClient>("wix");

    /// <summary>Starts a fake and an API-key client; retries are off so error tests see one request.</summary>
    public static WixHarness Start(Action<WixOptions>? configure = null, WixFakeOptions? fakeOptions = null, TimeProvider? timeProvider = null)
    {
        var fake = WixFake.Start(fakeOptions);
        var builder = new ContactsClientBuilder().Configure(sdk => sdk.AddWix("wix", options =>
        {
            options.ApiKey = WixFake.DefaultApiKey;
            options.SiteId = WixFake.DefaultSiteId;
            options.BaseAddress = fake.BaseAddress;
            options.Resilience.MaxRetryAttempts = 0;
            options.Resilience.PaceRequests = false;
            options.Resilience.CircuitBreakerMinimumThroughput = 10_000;
            configure?.Invoke(options);
        }));
        if (timeProvider is not null)
        {
            builder.WithTimeProvider(timeProvider);
        }

        return new WixHarness(fake, builder.Build());
    }

    public void Reset() => Fake.Reset();

    public async ValueTask DisposeAsync()
    {
        await _clients.DisposeAsync();
        Fake.Dispose();
    }
}
