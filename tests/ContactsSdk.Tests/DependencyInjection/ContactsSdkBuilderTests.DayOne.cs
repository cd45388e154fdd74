using System.Net;
using System.Text.Json;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Testing;
using ContactsSdk.Tests.Diagnostics;
using ContactsSdk.Vendors.AgentClara;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactsSdk.Tests.DependencyInjection;

/// <summary>
/// What a new user meets first: a client registered without a name, the <c>User-Agent</c> and application id, a handler
/// or proxy added to one client, connection lifetime, quiet Polly logs, <see cref="ContactsVendor"/> as JSON.
/// </summary>
public sealed partial class ContactsSdkBuilderTests
{
    [Test]
    public async Task AddAgentClara_WithoutName_ResolvesUnkeyedFacadeAndVendorInterface()
    {
        await using var provider = BuildProvider(sdk => sdk.AddAgentClara(UseFake));

        var facade = provider.GetRequiredService<IContactsClient>();
        var vendor = provider.GetRequiredService<IAgentClaraContactsClient>();

        Assert.That(facade.Vendor, Is.EqualTo(ContactsVendor.AgentClara));
        Assert.That(provider.GetRequiredService<IContactsClientFactory>().Names, Is.EqualTo(new[] { ContactsSdkBuilder.DefaultName }));
        Assert.That(await facade.TryGetAsync("cust_missing"), Is.Null);
        Assert.That(await vendor.SearchAsync("nobody@example.com").ToListAsync(), Is.Empty);
        Assert.That(_fake.Journal, Has.Count.EqualTo(2));
    }

    [Test]
    public void AddAgentClara_TwoDefaults_ThrowsArgumentException()
    {
        var sdk = new ServiceCollection().AddContactsSdk().AddAgentClara(UseFake);

        Assert.Throws<ArgumentException>(() => sdk.AddAgentClara(UseFake));
    }

    [Test]
    public async Task Requests_CarryUserAgentWithVersion_AfterTheApplicationId()
    {
        var plain = new RecordingHandler();
        var branded = new RecordingHandler();
        await using var provider = BuildProvider(sdk => sdk
            .AddAgentClara("plain", UseFake)
            .AddAgentClara("branded", o => { UseFake(o); o.ApplicationId = "acme-sync/2.1"; })
            .ConfigureHttpClient("plain", http => http.AddHttpMessageHandler(() => plain))
            .ConfigureHttpClient("branded", http => http.AddHttpMessageHandler(() => branded)));
        var factory = provider.GetRequiredService<IContactsClientFactory>();

        await factory.Get("plain").TryGetAsync("cust_missing");
        await factory.Get("branded").TryGetAsync("cust_missing");

        Assert.That(plain.UserAgents.Single(), Does.Match(@"^ContactsSdk/\d+\.\d+\.\d+\S*$"));
        Assert.That(branded.UserAgents.Single(), Does.Match(@"^acme-sync/2\.1 ContactsSdk/\d+\.\d+\.\d+\S*$"));
    }

    [TestCase("acme sync")]
    [TestCase("acme/1/2")]
    [TestCase("")]
    [TestCase("acme-é")]
    public void StartupValidation_ApplicationIdNotAProductToken_FailsNamingIt(string applicationId)
    {
        using var provider = BuildProvider(sdk => sdk.AddAgentClara("clara", o => { UseFake(o); o.ApplicationId = applicationId; }));

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(ex!.Message, Does.Contain("ApplicationId").And.Contain("'clara'"));
    }

    [Test]
    public async Task ConfigureHttpClient_AddsAHeaderHandlerToThatClientOnly()
    {
        var tenant = new RecordingHandler();
        var other = new RecordingHandler();
        await using var provider = BuildProvider(sdk => sdk
            .AddAgentClara("tenant", UseFake)
            .AddAgentClara("other", UseFake)
            .ConfigureHttpClient("tenant", http => http.AddHttpMessageHandler(() => new TenantHeaderHandler()).AddHttpMessageHandler(() => tenant))
            .ConfigureHttpClient("other", http => http.AddHttpMessageHandler(() => other)));
        var factory = provider.GetRequiredService<IContactsClientFactory>();

        await factory.Get("tenant").TryGetAsync("cust_missing");
        await factory.Get("other").TryGetAsync("cust_missing");

        Assert.That(tenant.Tenants.Single(), Is.EqualTo("t-42"));
        Assert.That(other.Tenants.Single(), Is.Null);
    }

    [Test]
    public void ConfigureHttpClient_UnregisteredName_ThrowsArgumentExceptionNamingIt()
    {
        var sdk = new ServiceCollection().AddContactsSdk().AddAgentClara("clara", UseFake);

        var ex = Assert.Throws<ArgumentException>(() => sdk.ConfigureHttpClient("shop", _ => { }));

        Assert.That(ex!.ParamName, Is.EqualTo("name"));
        Assert.That(ex.Message, Does.Contain("shop"));
    }

    [Test]
    public async Task PrimaryHandler_RecyclesConnections_AndNeverFollowsRedirects_EvenWhenAProxyIsSet()
    {
        SocketsHttpHandler? primary = null;
        var proxy = new WebProxy("http://127.0.0.1:9");
        await using var provider = BuildProvider(sdk => sdk
            .AddAgentClara(UseFake)
            .ConfigureHttpClient(ContactsSdkBuilder.DefaultName, http => http.ConfigurePrimaryHttpMessageHandler((handler, _) =>
            {
                primary = handler as SocketsHttpHandler ?? throw new AssertionException(handler.GetType().FullName!);
                primary.Proxy = proxy;
                primary.UseProxy = false;   // documented shape; off here so the call still reaches the fake
            })));

        await provider.GetRequiredService<IContactsClient>().TryGetAsync("cust_missing");

        Assert.That(primary, Is.Not.Null);
        Assert.That(primary!.PooledConnectionLifetime, Is.EqualTo(TimeSpan.FromMinutes(5)));
        Assert.That(primary.AllowAutoRedirect, Is.False);
        Assert.That(primary.Proxy, Is.SameAs(proxy));
    }

    [Test]
    public async Task PollyPerRequestLogs_AreDebugNotInformation()
    {
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddContactsSdk().AddAgentClara(o =>
        {
            UseFake(o);
            o.Resilience.MaxRetryAttempts = 2;   // the retry strategy is what reports each execution attempt
        });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IContactsClient>().TryGetAsync("cust_missing");

        var polly = logs.Lines.Where(line => line.Split(' ')[1].StartsWith("Polly", StringComparison.Ordinal)).ToList();
        Assert.That(polly, Has.Some.StartsWith("Debug Polly").And.Contains("Execution attempt"), "Polly's lines exist, at Debug");
        Assert.That(polly, Has.Some.StartsWith("Debug Polly").And.Contains("Resilience pipeline executed"));
        Assert.That(polly.Where(line => !line.StartsWith("Debug ", StringComparison.Ordinal) && !line.StartsWith("Trace ", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void ContactsVendor_SerialisesAsItsName()
    {
        Assert.That(JsonSerializer.Serialize(ContactsVendor.Wix), Is.EqualTo("\"Wix\""));
        Assert.That(JsonSerializer.Deserialize<ContactsVendor>("\"AgentClara\""), Is.EqualTo(ContactsVendor.AgentClara));
    }

    private sealed class TenantHeaderHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Tenant", "t-42");
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class RecordingHandler : DelegatingHandler
    {
        public List<string> UserAgents { get; } = [];

        public List<string?> Tenants { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            UserAgents.Add(request.Headers.UserAgent.ToString());
            Tenants.Add(request.Headers.TryGetValues("X-Tenant", out var values) ? values.Single() : null);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
