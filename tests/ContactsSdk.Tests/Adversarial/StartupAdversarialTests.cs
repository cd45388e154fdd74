using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Configuration;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Resilience;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.AgentClara;
using ContactsSdk.Vendors.Ecwid;
using ContactsSdk.Vendors.Wix;
using Microsoft.Extensions.Options;

namespace ContactsSdk.Tests.Adversarial;

/// <summary>
/// Issue 12 items 6-7 with values the issue did not list: invisible Unicode and padding in credentials, resilience values
/// Polly refuses that sit on the other side of the documented ones, hosts that only look local; and calls through every
/// kind of client after the clients were disposed. Refused when the clients are built, naming the option, never the value.
/// </summary>
public sealed class StartupAdversarialTests
{
    private static readonly Uri Loopback = new("http://127.0.0.1:9/");

    public static IEnumerable<TestCaseData> Spoiled()
    {
        foreach (var value in new[] { " sk_test_abc", "sk_test_abc\t", "sk_test_\u200babc", "\ufeffsk_test_abc", "sk_test_\U0001F600", "sk_test_abc\u2028" })
        {
            yield return Case(ContactsVendor.AgentClara, "ApiKey", o => ((AgentClaraOptions)o).ApiKey = value);
            yield return Case(ContactsVendor.Wix, "SiteId", o => ((WixOptions)o).SiteId = value);
            yield return Case(ContactsVendor.Ecwid, "AccessToken", o => ((EcwidOptions)o).AccessToken = value.Replace("sk_test", "secret", StringComparison.Ordinal));
        }

        var resilience = new (string Option, Action<ContactsResilienceOptions> Set)[]
        {
            ("MaxRetryAttempts", r => r.MaxRetryAttempts = -1),
            ("MaxRetryAttempts", r => r.MaxRetryAttempts = int.MaxValue),
            ("RetryBaseDelay", r => r.RetryBaseDelay = TimeSpan.FromSeconds(-1)),
            ("AttemptTimeout", r => r.AttemptTimeout = TimeSpan.Zero),
            ("AttemptTimeout", r => r.AttemptTimeout = TimeSpan.FromSeconds(-5)),
            ("TotalTimeout", r => r.TotalTimeout = TimeSpan.Zero),
            ("CircuitBreakerMinimumThroughput", r => r.CircuitBreakerMinimumThroughput = 1),
            ("CircuitBreakerFailureRatio", r => r.CircuitBreakerFailureRatio = 0),
            ("CircuitBreakerFailureRatio", r => r.CircuitBreakerFailureRatio = 1.5),
            ("CircuitBreakerBreakDuration", r => r.CircuitBreakerBreakDuration = TimeSpan.Zero),
            ("MaxQuotaWait", r => r.MaxQuotaWait = TimeSpan.FromSeconds(-1)),
            ("Quotas", r => r.Quotas = [null!]),
            ("Quotas", r => r.Quotas = [new ContactsQuota(0, TimeSpan.FromMinutes(1))]),
            ("Quotas", r => r.Quotas = [new ContactsQuota(10, TimeSpan.Zero)]),
        };
        foreach (var vendor in new[] { ContactsVendor.AgentClara, ContactsVendor.Wix, ContactsVendor.Ecwid })
        {
            foreach (var (option, set) in resilience)
            {
                yield return Case(vendor, option, o => set(o.Resilience));
            }

            foreach (var address in new[] { "http://localhost.example.com/", "http://0.0.0.0/", "https://api.example.com:0/", "http://127.0.0.1:9/x?y=1" })
            {
                yield return Case(vendor, "BaseAddress", o => o.BaseAddress = new Uri(address)).SetArgDisplayNames(vendor.ToString(), address);
            }
        }

        yield return Case(ContactsVendor.Ecwid, "StoreId", o => ((EcwidOptions)o).StoreId = 0);
        yield return Case(ContactsVendor.Ecwid, "StoreId", o => ((EcwidOptions)o).StoreId = -7);
    }

    [TestCaseSource(nameof(Spoiled))]
    public void Build_HostileOption_RefusedNamingItWithoutTheValue(ContactsVendor vendor, string option, Action<ContactsClientOptions> spoil)
    {
        var error = Assert.Throws<OptionsValidationException>(() => new ContactsClientBuilder().Configure(sdk => Register(sdk, vendor, spoil)).Build());

        Assert.That(error!.Message, Does.Contain(option));
        Assert.That(error.Message, Does.Not.Contain("sk_test").And.Not.Contain("secret_"));
    }

    [Test]
    public async Task Build_IPv6Loopback_IsAcceptedForFakes()
    {
        await using var clients = new ContactsClientBuilder().Configure(sdk => Register(sdk, ContactsVendor.AgentClara, o => o.BaseAddress = new Uri("http://[::1]:9/"))).Build();

        Assert.That(clients.Get("hostile").Vendor, Is.EqualTo(ContactsVendor.AgentClara));
    }

    // Item 7's last sentence on every kind of client: facade, listing, vendor-only read, vendor-only listing.
    [Test]
    public async Task EveryKindOfCall_OnDisposedClients_IsObjectDisposed()
    {
        using var clara = AgentClaraFake.Start();
        using var wix = WixFake.Start();
        using var ecwid = EcwidFake.Start();
        var clients = new ContactsClientBuilder().Configure(sdk =>
        {
            sdk.AddAgentClara("c", o => (o.ApiKey, o.BaseAddress) = (AgentClaraFake.DefaultCredential, clara.BaseAddress));
            sdk.AddWix("w", o => (o.ApiKey, o.SiteId, o.BaseAddress) = (WixFake.DefaultCredential, WixFake.DefaultSiteId, wix.BaseAddress));
            sdk.AddEcwid("e", o => (o.StoreId, o.AccessToken, o.BaseAddress) = (EcwidFake.DefaultStoreId, EcwidFake.DefaultCredential, ecwid.BaseAddress));
        }).Build();
        var agentClara = clients.Get<IAgentClaraContactsClient>("c");
        var wixClient = clients.Get<IWixContactsClient>("w");
        var ecwidClient = clients.Get<IEcwidContactsClient>("e");
        await clients.DisposeAsync();

        var calls = new (string Name, Func<Task> Call)[]
        {
            ("list", async () => await agentClara.ListAsync(new ContactQuery()).GetAsyncEnumerator().MoveNextAsync()),
            ("search", async () => await agentClara.SearchAsync("ada").GetAsyncEnumerator().MoveNextAsync()),
            ("labels", async () => await wixClient.Labels.ListAsync().GetAsyncEnumerator().MoveNextAsync()),
            ("label", () => wixClient.Labels.FindOrCreateAsync("VIP")),
            ("customer", () => ecwidClient.GetCustomerAsync(1)),
            ("create", () => ecwidClient.CreateAsync(new ContactDraft { Channels = [new ContactChannel(ChannelKind.Email, "a@example.com")] })),
        };
        foreach (var (name, call) in calls)
        {
            Assert.That(async () => await call(), Throws.InstanceOf<ObjectDisposedException>(), name);
        }

        Assert.That(clara.Journal.Concat(wix.Journal).Concat(ecwid.Journal), Is.Empty);
    }

    private static TestCaseData Case(ContactsVendor vendor, string option, Action<ContactsClientOptions> spoil)
        => new TestCaseData(vendor, option, spoil).SetArgDisplayNames(vendor.ToString(), option, Guid.NewGuid().ToString("N")[..6]);

    private static void Register(ContactsSdkBuilder sdk, ContactsVendor vendor, Action<ContactsClientOptions> spoil)
    {
        _ = vendor switch
        {
            ContactsVendor.AgentClara => sdk.AddAgentClara("hostile", o =>
            {
                (o.ApiKey, o.BaseAddress) = ("sk_test_valid_0001", Loopback);
                spoil(o);
            }),
            ContactsVendor.Wix => sdk.AddWix("hostile", o =>
            {
                (o.ApiKey, o.SiteId, o.BaseAddress) = ("IST.valid", "site-1", Loopback);
                spoil(o);
            }),
            _ => sdk.AddEcwid("hostile", o =>
            {
                (o.StoreId, o.AccessToken, o.BaseAddress) = (7, "secret_valid", Loopback);
                spoil(o);
            }),
        };
    }
}
