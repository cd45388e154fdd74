using ContactsSdk.Configuration;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Errors;
using ContactsSdk.Resilience;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.AgentClara;
using ContactsSdk.Vendors.Ecwid;
using ContactsSdk.Vendors.Wix;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContactsSdk.Tests.DependencyInjection;

/// <summary>
/// Start-up validation of every vendor's options: what would put a header of the caller's choosing on the wire, send a
/// credential where it should not go, or make every call fail later as a transient "unavailable" is refused when the
/// clients are built (the no-DI builder and <c>ValidateOnStart</c> alike), naming the option and the registration and never
/// the value — and nothing reaches the fake.
/// </summary>
public sealed class ContactsClientOptionsValidatorTests
{
    private AgentClaraFake _clara = null!;
    private WixFake _wix = null!;
    private EcwidFake _ecwid = null!;

    [OneTimeSetUp]
    public void StartFakes()
    {
        _clara = AgentClaraFake.Start();
        _wix = WixFake.Start();
        _ecwid = EcwidFake.Start();
    }

    [OneTimeTearDown]
    public void StopFakes()
    {
        _clara.Dispose();
        _wix.Dispose();
        _ecwid.Dispose();
    }

    [SetUp]
    public void ResetFakes()
    {
        _clara.Reset();
        _wix.Reset();
        _ecwid.Reset();
    }

    public static IEnumerable<TestCaseData> Credentials()
    {
        foreach (var value in new[] { "sk_test_abc\r\nX-Injected: yes", "sk_test_abc\u0000", "sk_test_abc\u007f", "sk_test_\u043a\u043b\u044e\u0447", "sk_test_abc def" })
        {
            yield return Case(ContactsVendor.AgentClara, "ApiKey", value, o => ((AgentClaraOptions)o).ApiKey = value);
        }

        yield return Case(ContactsVendor.Wix, "SiteId", "site\r\nX-Injected: yes", o => ((WixOptions)o).SiteId = "site\r\nX-Injected: yes");
        yield return Case(ContactsVendor.Wix, "SiteId", "site-\u00e9t\u00e9", o => ((WixOptions)o).SiteId = "site-\u00e9t\u00e9");
        yield return Case(ContactsVendor.Wix, "ApiKey", "IST.key\nX-Injected: yes", o => ((WixOptions)o).ApiKey = "IST.key\nX-Injected: yes");
        yield return Case(ContactsVendor.Wix, "AppSecret", "app-secret\u0000", o => UseOAuth((WixOptions)o, secret: "app-secret\u0000"));
        yield return Case(ContactsVendor.Wix, "AppId", "app\u00e9", o => UseOAuth((WixOptions)o, appId: "app\u00e9"));
        yield return Case(ContactsVendor.Wix, "InstanceId", "inst\r\nX: y", o => UseOAuth((WixOptions)o, instance: "inst\r\nX: y"));
        yield return Case(ContactsVendor.Ecwid, "AccessToken", "secret_abc\r\nX-Injected: yes", o => ((EcwidOptions)o).AccessToken = "secret_abc\r\nX-Injected: yes");
        yield return Case(ContactsVendor.Ecwid, "AccessToken", "secret_abc\u0000", o => ((EcwidOptions)o).AccessToken = "secret_abc\u0000");
        yield return Case(ContactsVendor.Ecwid, "AccessToken", "secret_\u00e4bc", o => ((EcwidOptions)o).AccessToken = "secret_\u00e4bc");
    }

    public static IEnumerable<TestCaseData> Addresses()
    {
        var addresses = new[]
        {
            "ftp://127.0.0.1/", "file:///tmp/contacts/", "ws://127.0.0.1:5000/", "wss://api.example.com/", "http://api.example.com/",
            "https://user:hunter2@api.example.com/", "https://api.example.com/?storeId=7", "https://api.example.com/#x",
        };
        foreach (var vendor in AllVendors)
        {
            foreach (var address in addresses)
            {
                yield return Case(vendor, "BaseAddress", "hunter2", o => o.BaseAddress = new Uri(address)).SetArgDisplayNames(vendor.ToString(), address);
            }
        }
    }

    public static IEnumerable<TestCaseData> ResilienceValues()
    {
        var twoDays = TimeSpan.FromDays(2);
        var cases = new (string Option, Action<ContactsResilienceOptions> Set)[]
        {
            ("Resilience.AttemptTimeout", r => r.AttemptTimeout = TimeSpan.FromMilliseconds(1)),
            ("Resilience.TotalTimeout", r => r.TotalTimeout = twoDays),
            ("Resilience.RetryBaseDelay", r => r.RetryBaseDelay = twoDays),
            ("Resilience.CircuitBreakerBreakDuration", r => r.CircuitBreakerBreakDuration = twoDays),
            ("Resilience.CircuitBreakerSamplingDuration", r => r.CircuitBreakerSamplingDuration = twoDays),
            ("Resilience.MaxQuotaWait", r => r.MaxQuotaWait = twoDays),
            ("Resilience.CircuitBreakerFailureRatio", r => r.CircuitBreakerFailureRatio = double.NaN),
            ("Resilience.Quotas", r => r.Quotas = [new ContactsQuota(int.MaxValue, TimeSpan.FromMinutes(1))]),
            ("Resilience.Quotas", r => r.Quotas = [new ContactsQuota(10, twoDays)]),
        };
        foreach (var vendor in AllVendors)
        {
            foreach (var (option, set) in cases)
            {
                yield return Case(vendor, option, "never-a-secret", o => set(o.Resilience)).SetArgDisplayNames(vendor.ToString(), option);
            }
        }
    }

    [TestCaseSource(nameof(Credentials))]
    [TestCaseSource(nameof(Addresses))]
    [TestCaseSource(nameof(ResilienceValues))]
    public void Build_InvalidOption_RefusedAtStartupNamingOptionAndRegistration(ContactsVendor vendor, string option, string secret, Action<ContactsClientOptions> spoil)
    {
        var builderError = Assert.Throws<OptionsValidationException>(() => new ContactsClientBuilder().Configure(sdk => Register(sdk, vendor, spoil)).Build());

        var services = new ServiceCollection();
        Register(services.AddContactsSdk(), vendor, spoil);
        using var provider = services.BuildServiceProvider();
        var hostError = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        foreach (var message in new[] { builderError!.Message, hostError!.Message })
        {
            Assert.That(message, Does.Contain(option).And.Contain($"'{Name(vendor)}'"));
            Assert.That(message, Does.Not.Contain(secret));
        }

        Assert.That(_clara.Journal.Concat(_wix.Journal).Concat(_ecwid.Journal), Is.Empty);
    }

    [TestCaseSource(nameof(AllVendors))]
    public async Task Build_LargestAcceptedValues_ThePipelineAcceptsThemToo(ContactsVendor vendor)
    {
        await using var clients = new ContactsClientBuilder().Configure(sdk => Register(sdk, vendor, o =>
        {
            var day = TimeSpan.FromDays(1);
            (o.Resilience.AttemptTimeout, o.Resilience.TotalTimeout, o.Resilience.RetryBaseDelay, o.Resilience.MaxRetryAttempts) = (day, day, day, 10);
            (o.Resilience.CircuitBreakerBreakDuration, o.Resilience.CircuitBreakerSamplingDuration, o.Resilience.MaxQuotaWait) = (day, day, day);
            (o.Resilience.PaceRequests, o.Resilience.Quotas) = (true, [new ContactsQuota(100_000, day)]);
            o.Resilience.CircuitBreakerFailureRatio = 1;
        })).Build();

        Assert.That(await clients.Get(Name(vendor)).TryGetAsync(MissingId(vendor)), Is.Null);
    }

    [TestCaseSource(nameof(AllVendors))]
    public async Task Build_SmallestAcceptedValues_ThePipelineAcceptsThemToo(ContactsVendor vendor)
    {
        await using var clients = new ContactsClientBuilder().Configure(sdk => Register(sdk, vendor, o =>
        {
            (o.Resilience.AttemptTimeout, o.Resilience.TotalTimeout) = (TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10));
            (o.Resilience.RetryBaseDelay, o.Resilience.MaxRetryAttempts, o.Resilience.MaxQuotaWait) = (TimeSpan.Zero, 1, TimeSpan.Zero);
            (o.Resilience.CircuitBreakerBreakDuration, o.Resilience.CircuitBreakerSamplingDuration) = (TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
            o.Resilience.CircuitBreakerMinimumThroughput = 2;
        })).Build();

        // 10 ms on a loopback call may or may not be enough; what it must never be is the pipeline refusing its own options.
        try
        {
            await clients.Get(Name(vendor)).TryGetAsync(MissingId(vendor));
        }
        catch (ContactsTimeoutException)
        {
        }
    }

    private static ContactsVendor[] AllVendors => [ContactsVendor.AgentClara, ContactsVendor.Wix, ContactsVendor.Ecwid];

    private static TestCaseData Case(ContactsVendor vendor, string option, string secret, Action<ContactsClientOptions> spoil)
        => new TestCaseData(vendor, option, secret, spoil).SetArgDisplayNames(vendor.ToString(), option, Printable(secret));

    private static string Printable(string value) => string.Concat(value.Select(c => c is < ' ' or '\u007f' ? $"\\u{(int)c:x4}" : c.ToString()));

    private static void UseOAuth(WixOptions options, string appId = WixFake.DefaultAppId, string secret = WixFake.DefaultAppSecret, string instance = WixFake.DefaultInstanceId)
        => (options.ApiKey, options.SiteId, options.AppId, options.AppSecret, options.InstanceId) = (null, null, appId, secret, instance);

    private static string Name(ContactsVendor vendor) => vendor.ToString().ToLowerInvariant();

    private static string MissingId(ContactsVendor vendor)
        => vendor switch
        {
            ContactsVendor.AgentClara => "cust_missing",
            ContactsVendor.Wix => "00000000-0000-4000-8000-000000000000",
            _ => "424242",
        };

    private void Register(ContactsSdkBuilder sdk, ContactsVendor vendor, Action<ContactsClientOptions> spoil)
    {
        void Common(ContactsClientOptions options, Uri address)
        {
            options.BaseAddress = address;
            options.Resilience.MaxRetryAttempts = 0;
            options.Resilience.PaceRequests = false;
            spoil(options);
        }

        switch (vendor)
        {
            case ContactsVendor.AgentClara:
                sdk.AddAgentClara(Name(vendor), o => { o.ApiKey = AgentClaraFake.DefaultCredential; Common(o, _clara.BaseAddress); });
                break;
            case ContactsVendor.Wix:
                sdk.AddWix(Name(vendor), o => { (o.ApiKey, o.SiteId) = (WixFake.DefaultCredential, WixFake.DefaultSiteId); Common(o, _wix.BaseAddress); });
                break;
            default:
                sdk.AddEcwid(Name(vendor), o => { (o.StoreId, o.AccessToken) = (EcwidFake.DefaultStoreId, EcwidFake.DefaultCredential); Common(o, _ecwid.BaseAddress); });
                break;
        }
    }
}
