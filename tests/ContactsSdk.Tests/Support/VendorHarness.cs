using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Resilience;
using ContactsSdk.Testing;

namespace ContactsSdk.Tests.Support;

/// <summary>
/// One vendor fake plus a client wired to it through the real DI registration (HTTP, Refit, resilience) and the shipped
/// glue that points a registration at a fake.
/// Create one per fixture; call <see cref="Reset"/> per test. Each vendor's harness only says how to register its client.
/// </summary>
public abstract class VendorHarness<TFake, TClient> : IAsyncDisposable
    where TFake : VendorFake
    where TClient : class, IContactsClient
{
    private readonly ContactsClients _clients;
    private readonly string _name;

    private protected VendorHarness(TFake fake, string name, Action<ContactsSdkBuilder> register, TimeProvider? timeProvider)
    {
        Fake = fake;
        _name = name;
        var builder = new ContactsClientBuilder().Configure(register);
        if (timeProvider is not null)
        {
            builder.WithTimeProvider(timeProvider);
        }

        _clients = builder.Build();
    }

    public TFake Fake { get; }

    public TClient Client => _clients.Get<TClient>(_name);

    public void Reset() => Fake.Reset();

    public async ValueTask DisposeAsync()
    {
        await _clients.DisposeAsync();
        Fake.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// The suite's defaults on top of the shipped glue (<see cref="FakeRegistrationExtensions"/>: the fake's address and
    /// credential, no pacing, no retry back-off): retries off so error tests see one request, and a breaker that
    /// fault-heavy fixtures cannot trip (the pipeline has tests of its own for both).
    /// </summary>
    private protected static void ForTests(ContactsResilienceOptions resilience)
    {
        resilience.MaxRetryAttempts = 0;
        resilience.CircuitBreakerMinimumThroughput = 10_000;
    }
}
