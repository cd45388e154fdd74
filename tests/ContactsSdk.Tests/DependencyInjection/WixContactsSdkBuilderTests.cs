using ContactsSdk.DependencyInjection;
using ContactsSdk.Testing;
using ContactsSdk.Vendors.Wix;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContactsSdk.Tests.DependencyInjection;

/// <summary>AddWix: keyed clients, configuration binding, start-up validation, and the API-key headers on the wire.</summary>
public sealed class WixContactsSdkBuilderTests
{
    private WixFake _fake = null!;

    [OneTimeSetUp]
    public void StartFake() => _fake = WixFake.Start();

    [OneTimeTearDown]
    public void StopFake() => _fake.Dispose();

    [SetUp]
    public void ResetFake() => _fake.Reset();

    [Test]
    public async Task AddWix_Configuration_ResolvesKeyedFacadeAndVendorInterface_SendingKeyAndSiteId()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ApiKey"] = WixFake.DefaultCredential,
            ["SiteId"] = "site-from-config",
            ["BaseAddress"] = _fake.BaseAddress.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddContactsSdk().AddWix("site", configuration);
        await using var provider = services.BuildServiceProvider();

        var facade = provider.GetRequiredKeyedService<IContactsClient>("site");
        var vendor = provider.GetRequiredKeyedService<IWixContactsClient>("site");
        await facade.CreateAsync(new ContactDraft { Name = PersonName.FromFull("Configured Site") });
        await vendor.Labels.FindOrCreateAsync("x");

        Assert.That(facade.Vendor, Is.EqualTo(ContactsVendor.Wix));
        Assert.That(_fake.ContactCount("site-from-config"), Is.EqualTo(1));
        Assert.That(_fake.Journal.Select(r => r.Authorization), Is.All.EqualTo(WixFake.DefaultCredential), "the API key goes raw, without a scheme");
    }

    [TestCase(null, null, null, null, null)]
    [TestCase("key", null, null, null, null)]
    [TestCase("key", "site", "app", null, null)]
    [TestCase(null, null, "app", "secret", null)]
    public void AddWix_IncompleteOrMixedCredentials_FailsValidationOnStart(string? apiKey, string? siteId, string? appId, string? secret, string? instance)
    {
        var builder = new ContactsClientBuilder().Configure(sdk => sdk.AddWix("wix", o =>
        {
            (o.ApiKey, o.SiteId, o.AppId, o.AppSecret, o.InstanceId) = (apiKey, siteId, appId, secret, instance);
        }));

        Assert.Throws<OptionsValidationException>(() => builder.Build());
    }

    [Test]
    public void WixOptions_Secrets_AreTheKeyAndTheAppSecret()
    {
        var options = new WixOptions { ApiKey = "the-api-key", AppSecret = "the-app-secret", SiteId = "site" };
        Assert.That(options.Secrets, Is.EquivalentTo(new[] { "the-api-key", "the-app-secret" }));
        Assert.That(options.ToString(), Does.Not.Contain("the-api-key"));
        Assert.That(WixOptions.DefaultBaseAddress, Is.EqualTo(new Uri("https://www.wixapis.com/")));
    }
}
