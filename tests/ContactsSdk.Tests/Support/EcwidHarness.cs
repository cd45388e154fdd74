using ContactsSdk.DependencyInjection;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.Ecwid;

namespace ContactsSdk.Tests.Support;

/// <summary>
/// One Ecwid fake plus a client wired to it through the real DI registration (HTTP, Refit, resilience).
/// Create one per fixture; call <see cref="Reset"/> per test.
/// </summary>
public sealed class EcwidHarness : IAsyncDisposable
{
    private readonly ContactsClients _clients;

    private EcwidHarness(EcwidFake fake, ContactsClients clients)
    {
        Fake = fake;
        _clients = clients;
    }

    public EcwidFake Fake { get; }

    public IEcwidContactsClient Client => _clients.Get<IEcwidContactsClient>("shop");

    /// <summary>Starts a fake and a client; retries are off unless <paramref name="configure"/> turns them on, so error tests see one request.</summary>
    public static EcwidHarness Start(Action<EcwidOptions>? configure = null, EcwidFakeOptions? fakeOptions = null, TimeProvider? timeProvider = null)
    {
        var fake = EcwidFake.Start(fakeOptions);
        var builder = new ContactsClientBuilder().Configure(sdk => sdk.AddEcwid("shop", options =>
        {
            options.StoreId = EcwidFake.DefaultStoreId;
            options.AccessToken = EcwidFake.DefaultToken;
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

        return new EcwidHarness(fake, builder.Build());
    }

    public void Reset() => Fake.Reset();

    public async ValueTask DisposeAsync()
    {
        await _clients.DisposeAsync();
        Fake.Dispose();
    }
}
