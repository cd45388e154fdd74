using System.Net;
using System.Text;
using ContactsSdk.AspNetCore.Tests.Support;
using ContactsSdk.AspNetCore.Webhooks;
using ContactsSdk.Webhooks;

namespace ContactsSdk.AspNetCore.Tests.Webhooks;

/// <summary>Hostile deliveries and hostile settings: bad input answers 400/401/404/413 (never 500 or 3xx); bad settings fail at start-up.</summary>
public sealed class WebhookAdversarialEndpointTests
{
    private static readonly HttpStatusCode[] Refusals = [HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.RequestEntityTooLarge];
    private TestJwt _jwt = null!;
    private WebhookHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _jwt = new TestJwt();
        _host = await WebhookHost.StartAsync(_jwt.PublicPem, options => options.MaxBodyBytes = 64 * 1024);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _host.DisposeAsync();
        _jwt.Dispose();
    }

    private static IEnumerable<TestCaseData> GarbageDeliveries()
    {
        foreach (var path in new[] { "/webhooks/ecwid", "/webhooks/wix", "/webhooks/agentclara/" + WebhookHost.AgentClaraToken })
        {
            yield return new TestCaseData(path, Array.Empty<byte>()).SetArgDisplayNames(path, "empty");
            yield return new TestCaseData(path, new byte[] { 0xFF, 0x00, 0xFE }).SetArgDisplayNames(path, "binary");
            yield return new TestCaseData(path, Encoding.UTF8.GetBytes(new string('[', 20_000) + new string(']', 20_000))).SetArgDisplayNames(path, "deep");
            yield return new TestCaseData(path, Encoding.UTF8.GetBytes("{\"a\":\"" + new string('x', 200_000) + "\"}")).SetArgDisplayNames(path, "huge");
            yield return new TestCaseData(path, "eyJhbGciOiJub25lIn0.eyJkYXRhIjoie30ifQ."u8.ToArray()).SetArgDisplayNames(path, "alg-none");
        }
    }

    [TestCaseSource(nameof(GarbageDeliveries))]
    public async Task Garbage_AnswersARefusal_NeverA500OrRedirect(string path, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Headers.TryAddWithoutValidation(EcwidWebhook.SignatureHeader, "\n garbage \r");

        using var response = await _host.Client.SendAsync(request);

        Assert.That(Refusals, Does.Contain(response.StatusCode));
    }

    [Test]
    public async Task Ecwid_TwoSignatureHeaders_TheFirstOneRight_Answers401()
    {
        var body = """{"eventId":"adv-two-headers","eventCreated":1764849600,"eventType":"customer.updated","entityId":1}"""u8.ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/ecwid") { Content = new ByteArrayContent(body) };
        request.Headers.TryAddWithoutValidation(EcwidWebhook.SignatureHeader, [EcwidWebhook.ComputeSignature(WebhookHost.EcwidSecret, 1764849600, "adv-two-headers"), "AAAA"]);

        using var response = await _host.Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_host.Handler.Events.Select(e => e.EventId), Does.Not.Contain("adv-two-headers"));
    }

    private static IEnumerable<TestCaseData> HostileSettings()
    {
        yield return new TestCaseData((Action<ContactsWebhooksOptions>)(o => o.MaxBodyBytes = -1), "MaxBodyBytes").SetArgDisplayNames("negative body cap");
        yield return new TestCaseData((Action<ContactsWebhooksOptions>)(o => o.MaxBodyBytes = 0), "MaxBodyBytes").SetArgDisplayNames("zero body cap");
        yield return new TestCaseData((Action<ContactsWebhooksOptions>)(o => o.QueueCapacity = -5), "QueueCapacity").SetArgDisplayNames("negative queue");
        yield return new TestCaseData((Action<ContactsWebhooksOptions>)(o => o.DeduplicationTimeToLive = TimeSpan.Zero), "DeduplicationTimeToLive").SetArgDisplayNames("zero TTL");
        yield return new TestCaseData((Action<ContactsWebhooksOptions>)(o => o.DeduplicationTimeToLive = TimeSpan.FromSeconds(-1)), "DeduplicationTimeToLive").SetArgDisplayNames("negative TTL");
        yield return new TestCaseData((Action<ContactsWebhooksOptions>)(o => o.Mode = (WebhookProcessingMode)42), "Mode").SetArgDisplayNames("undefined mode");
        yield return new TestCaseData((Action<ContactsWebhooksOptions>)(o => o.Wix.ClockSkew = TimeSpan.FromMinutes(-1)), "ClockSkew").SetArgDisplayNames("negative skew");
        yield return new TestCaseData((Action<ContactsWebhooksOptions>)(o => o.Ecwid.MaxEventAge = TimeSpan.FromMinutes(5)), "MaxEventAge").SetArgDisplayNames("short max age");
        yield return new TestCaseData((Action<ContactsWebhooksOptions>)(o => o.Ecwid.ClientSecrets.Add("   ")), "ClientSecrets").SetArgDisplayNames("whitespace secret");
        yield return new TestCaseData((Action<ContactsWebhooksOptions>)(o => o.AgentClara.PathToken = "abc def/ghi jkl mno pqr stu"), "PathToken").SetArgDisplayNames("token with space");
    }

    [TestCaseSource(nameof(HostileSettings))]
    public async Task HostileSettings_FailAtStartUp_NamingTheSettingButNoSecret(Action<ContactsWebhooksOptions> configure, string setting)
    {
        using var jwt = new TestJwt();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => WebhookHost.StartAsync(jwt.PublicPem, configure));

        Assert.That(refused!.Message, Does.Contain(setting).And.Not.Contain(WebhookHost.EcwidSecret).And.Not.Contain(WebhookHost.AgentClaraToken));
    }

    [Test]
    public async Task InMemoryDeduplicator_MaximalTimeToLive_RemembersInsteadOfOverflowing()
    {
        var store = new InMemoryWebhookDeduplicator();

        Assert.That(await store.TryMarkAsync(ContactsVendor.Wix, "adv-forever", TimeSpan.MaxValue), Is.True);
        Assert.That(await store.TryMarkAsync(ContactsVendor.Wix, "adv-forever", TimeSpan.MaxValue), Is.False);
    }

    [Test]
    public async Task Ecwid_MaximalDeduplicationTimeToLive_AcceptsThenDeduplicates()
    {
        using var jwt = new TestJwt();
        await using var host = await WebhookHost.StartAsync(jwt.PublicPem, o => o.DeduplicationTimeToLive = TimeSpan.MaxValue);
        var body = """{"eventId":"adv-ttl","eventCreated":1764849600,"eventType":"customer.updated","entityId":1}"""u8.ToArray();
        var signature = EcwidWebhook.ComputeSignature(WebhookHost.EcwidSecret, 1764849600, "adv-ttl");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/ecwid") { Content = new ByteArrayContent(body) };
            request.Headers.TryAddWithoutValidation(EcwidWebhook.SignatureHeader, signature);
            using var response = await host.Client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.OK, HttpStatusCode.OK }));
        Assert.That(host.Logs.Sdk, Does.Contain("uplicate"));
    }

    [Test]
    public async Task Ecwid_OnlyAWhitespaceSecret_FailsAtStartUp()
    {
        using var jwt = new TestJwt();

        await Assert.ThrowsAsync<InvalidOperationException>(() => WebhookHost.StartAsync(jwt.PublicPem, o =>
        {
            o.Ecwid.ClientSecrets.Clear();
            o.Ecwid.ClientSecrets.Add(" \t");
        }));
    }
}
