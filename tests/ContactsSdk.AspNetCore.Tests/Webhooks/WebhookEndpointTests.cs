using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using ContactsSdk.AspNetCore.Tests.Support;
using ContactsSdk.AspNetCore.Webhooks;
using ContactsSdk.Changes;
using ContactsSdk.Webhooks;

namespace ContactsSdk.AspNetCore.Tests.Webhooks;

/// <summary>The endpoints over a real TestServer: raw bytes, caps, refusals, de-duplication and the two processing modes.</summary>
public sealed class WebhookEndpointTests
{
    private static readonly TestJwt Jwt = new();

    [OneTimeTearDown]
    public void DisposeKey() => Jwt.Dispose();

    [Test]
    public async Task Ecwid_BodyWithCrLfBomAndNonAscii_ReachesTheHandlerIntact()
    {
        await using var host = await WebhookHost.StartAsync(Jwt.PublicPem);
        var body = "\uFEFF{\r\n  \"eventId\": \"e-crlf-1\",\r\n  \"eventCreated\": 1764849600,\r\n  \"storeId\": 1003,\r\n  \"entityId\": 77,\r\n  \"eventType\": \"customer.updated\",\r\n  \"data\": { \"customerEmail\": \"jörg.ñandú@example.com\" }\r\n}\r\n";

        var response = await PostEcwidAsync(host, Encoding.UTF8.GetBytes(body), EcwidWebhook.ComputeSignature(WebhookHost.EcwidSecret, 1764849600, "e-crlf-1"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var received = (await host.Handler.WaitForAsync(1))[0];
        Assert.That((received.Kind, received.Changes[0].ContactId), Is.EqualTo((ContactChangeKind.Updated, "77")));
        Assert.That(received.Raw.GetProperty("data").GetProperty("customerEmail").GetString(), Is.EqualTo("jörg.ñandú@example.com"));
    }

    [Test]
    public async Task AgentClara_RawBytes_AreHashedExactlyAsSent()
    {
        await using var host = await WebhookHost.StartAsync(Jwt.PublicPem);
        var bytes = Encoding.UTF8.GetBytes("\uFEFF{\"event\":\"conversation.created\",\r\n\"timestamp\":\"2024-03-15T10:30:00Z\",\"data\":{\"customer_id\":\"cust_1\",\"customer_name\":\"Ængus Ó\"}}\r\n");

        var response = await host.Client.PostAsync($"/webhooks/agentclara/{WebhookHost.AgentClaraToken}", new ByteArrayContent(bytes));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var received = (await host.Handler.WaitForAsync(1))[0];
        Assert.That(received.EventId, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))));
        Assert.That((received.IsHint, received.Changes[0].ContactId), Is.EqualTo((true, "cust_1")));
    }

    [Test]
    public async Task Wix_TextPlainJwt_IsAccepted()
    {
        await using var host = await WebhookHost.StartAsync(Jwt.PublicPem);

        var response = await host.Client.PostAsync("/webhooks/wix", new StringContent(Jwt.Sign(WixWebhook.ContactUpdated, "w-1", "c-1"), Encoding.UTF8, "text/plain"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await host.Handler.WaitForAsync(1))[0].VendorEventType, Is.EqualTo(WixWebhook.ContactUpdated));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task BodyOverTheCap_Answers413WithoutReachingTheHandler(bool withContentLength)
    {
        await using var host = await WebhookHost.StartAsync(Jwt.PublicPem, options => options.MaxBodyBytes = 512);
        var content = withContentLength
            ? new ByteArrayContent(new byte[513])
            : (HttpContent)new StreamContent(new NoLengthStream(new byte[2048]));

        var response = await host.Client.PostAsync("/webhooks/wix", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(host.Handler.Events, Is.Empty);
    }

    [Test]
    public async Task Ecwid_BadSignature_Answers401AndLogsTheReasonButNeverTheSecretOrSignature()
    {
        await using var host = await WebhookHost.StartAsync(Jwt.PublicPem);
        var signature = EcwidWebhook.ComputeSignature("someone-elses-secret", 1764849600, "e-bad");

        var response = await PostEcwidAsync(host, EcwidBody("e-bad"), signature);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(host.Logs.Sdk, Does.Contain(nameof(WebhookFailureReason.BadSignature)));
        Assert.That(host.Logs.All, Does.Not.Contain(signature).And.Not.Contain(WebhookHost.EcwidSecret).And.Not.Contain("someone-elses-secret"));
        Assert.That(host.Handler.Events, Is.Empty);
    }

    [Test]
    public async Task Ecwid_MissingSignature_Answers401()
    {
        await using var host = await WebhookHost.StartAsync(Jwt.PublicPem);

        var response = await host.Client.PostAsync("/webhooks/ecwid", new ByteArrayContent(EcwidBody("e-none")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Wix_TokenSignedByAnotherKey_Answers401()
    {
        await using var host = await WebhookHost.StartAsync(Jwt.PublicPem);
        using var other = new TestJwt();

        var response = await host.Client.PostAsync("/webhooks/wix", new StringContent(other.Sign(WixWebhook.ContactUpdated, "w-x", "c-1")));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCase("not-the-token-at-all-xxxxxx")]
    [TestCase("Zq3v9XkP2mW7rT4yB8nL1cH")]
    public async Task AgentClara_WrongPathToken_Answers404(string token)
    {
        await using var host = await WebhookHost.StartAsync(Jwt.PublicPem);

        var response = await host.Client.PostAsync($"/webhooks/agentclara/{token}", new StringContent("""{"event":"conversation.created","data":{"customer_id":"c"}}"""));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(host.Handler.Events, Is.Empty);
        Assert.That(host.Logs.Sdk, Does.Not.Contain(token).And.Not.Contain(WebhookHost.AgentClaraToken));
    }

    [Test]
    public async Task Queued_SlowHandler_AnswersInUnder100Milliseconds()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await WebhookHost.StartAsync(Jwt.PublicPem, behaviour: (e, _) => e.EventId == "w-slow" ? release.Task : Task.CompletedTask);
        await WarmUpAsync(host);

        var watch = Stopwatch.StartNew();
        var response = await host.Client.PostAsync("/webhooks/wix", new StringContent(Jwt.Sign(WixWebhook.ContactUpdated, "w-slow", "c-1"), Encoding.UTF8, "text/plain"));
        watch.Stop();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromMilliseconds(100)));
        Assert.That(host.Handler.Events, Has.Count.EqualTo(1), "only the warm-up event is handled while the slow one waits");
        release.SetResult();
        await host.Handler.WaitForAsync(2);
    }

    [Test]
    public async Task Inline_HandlerThrows_Answers500_AndTheResendIsHandled()
    {
        var failures = 1;
        await using var host = await WebhookHost.StartAsync(
            Jwt.PublicPem,
            options => options.Mode = WebhookProcessingMode.Inline,
            behaviour: (_, _) => Interlocked.Decrement(ref failures) >= 0 ? throw new InvalidOperationException("handler broke") : Task.CompletedTask);
        var jwt = Jwt.Sign(WixWebhook.ContactUpdated, "w-inline", "c-1");

        var first = await host.Client.PostAsync("/webhooks/wix", new StringContent(jwt));
        var resend = await host.Client.PostAsync("/webhooks/wix", new StringContent(jwt));

        Assert.That((first.StatusCode, resend.StatusCode), Is.EqualTo((HttpStatusCode.InternalServerError, HttpStatusCode.OK)));
        Assert.That(host.Handler.Events.Select(e => e.EventId), Is.EqualTo(new[] { "w-inline" }));
    }

    [Test]
    public async Task DuplicateDelivery_Sequential_ReachesTheHandlerOnce()
    {
        await using var host = await WebhookHost.StartAsync(Jwt.PublicPem, options => options.Mode = WebhookProcessingMode.Inline);
        var signature = EcwidWebhook.ComputeSignature(WebhookHost.EcwidSecret, 1764849600, "e-dup");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await PostEcwidAsync(host, EcwidBody("e-dup"), signature)).StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(host.Handler.Events, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task DuplicateDelivery_Concurrent_ReachesTheHandlerOnce()
    {
        await using var host = await WebhookHost.StartAsync(Jwt.PublicPem, options => options.Mode = WebhookProcessingMode.Inline);
        var jwt = Jwt.Sign(WixWebhook.ContactUpdated, "w-concurrent", "c-1");

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => host.Client.PostAsync("/webhooks/wix", new StringContent(jwt))));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(host.Handler.Events, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task EveryAnswer_IsNeverARedirect()
    {
        await using var host = await WebhookHost.StartAsync(Jwt.PublicPem, options => options.MaxBodyBytes = 64);
        var requests = new Func<Task<HttpResponseMessage>>[]
        {
            () => host.Client.PostAsync("/webhooks/ecwid", new StringContent("{}")),
            () => host.Client.PostAsync("/webhooks/wix", new StringContent("a.b.c")),
            () => host.Client.PostAsync("/webhooks/wix", new ByteArrayContent(new byte[100])),
            () => host.Client.PostAsync("/webhooks/agentclara/wrong", new StringContent("{}")),
            () => host.Client.PostAsync($"/webhooks/agentclara/{WebhookHost.AgentClaraToken}", new StringContent("[]")),
        };

        foreach (var request in requests)
        {
            var status = (int)(await request()).StatusCode;
            Assert.That(status, Is.Not.InRange(300, 399));
        }
    }

    [Test]
    public async Task MapAgentClaraWebhooks_ShortPathToken_FailsAtStartUp()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await WebhookHost.StartAsync(Jwt.PublicPem, options => options.AgentClara.PathToken = "short"));

        Assert.That(error?.Message, Does.Not.Contain("short"));
    }

    private static byte[] EcwidBody(string eventId)
        => Encoding.UTF8.GetBytes($$"""{"eventId":"{{eventId}}","eventCreated":1764849600,"storeId":1003,"entityId":77,"eventType":"customer.updated"}""");

    private static async Task<HttpResponseMessage> PostEcwidAsync(WebhookHost host, byte[] body, string signature)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=UTF-8");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/ecwid?eventtype=customer.updated") { Content = content };
        request.Headers.TryAddWithoutValidation(EcwidWebhook.SignatureHeader, signature);
        return await host.Client.SendAsync(request);
    }

    // The first request through a new TestServer pays for JIT and route building; the timing test measures the endpoint.
    private static async Task WarmUpAsync(WebhookHost host)
    {
        var response = await host.Client.PostAsync("/webhooks/wix", new StringContent(Jwt.Sign(WixWebhook.ContactUpdated, "w-warm", "c-0")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await host.Handler.WaitForAsync(1);
    }

    /// <summary>A stream that hides its length, so the client sends the body chunked (no Content-Length).</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
