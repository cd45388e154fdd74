using ContactsSdk.DependencyInjection;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.AgentClara;

namespace ContactsSdk.Tests.Support;

/// <summary>
/// One AgentClara fake plus a client wired to it through the real DI registration (HTTP, Refit, resilience).
/// Create one per fixture; call <see cref="Reset"/> per test.
/// </summary>
public sealed class AgentClaraHarness : IAsyncDisposable
{
    private readonly ContactsClients _clients;

    private AgentClaraHarness(AgentClaraFake fake, ContactsClients clients)
    {
        Fake = fake;
        _clients = clients;
    }

    public AgentClaraFake Fake { get; }

    public IAgentClaraContactsClient Client => _clients.Get<IAgentClaraContactsClient>("clara");

    /// <summary>Starts a fake and a client; retries, pacing and the breaker are off unless <paramref name="configure"/> turns them on, so error tests see one request.</summary>
    public static AgentClaraHarness Start(
        Action<AgentClaraOptions>? configure = null, AgentClaraFakeOptions? fakeOptions = null, TimeProvider? timeProvider = null)
    {
        var fake = AgentClaraFake.Start(fakeOptions);
        var builder = new ContactsClientBuilder().Configure(sdk => sdk.AddAgentClara("clara", options =>
        {
            options.ApiKey = AgentClaraFake.DefaultApiKey;
            options.BaseAddress = fake.BaseAddress;
            options.Resilience.MaxRetryAttempts = 0;
            options.Resilience.PaceRequests = false;

            // Fault tests inject many failures into one client; the breaker has tests of its own.
            options.Resilience.CircuitBreakerMinimumThroughput = 10_000;
            configure?.Invoke(options);
        }));
        if (timeProvider is not null)
        {
            builder.WithTimeProvider(timeProvider);
        }

        return new AgentClaraHarness(fake, builder.Build());
    }

    public void Reset() => Fake.Reset();

    public async ValueTask DisposeAsync()
    {
        await _clients.DisposeAsync();
        Fake.Dispose();
    }
}
