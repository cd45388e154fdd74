using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Webhooks;

/// <summary>Turns one handled request (and the fake's answer) into the webhooks the vendor would send for it.</summary>
internal interface IFakeWebhookSource
{
    IEnumerable<FakeWebhookMessage> EventsFor(FakeHttpRequest request, FakeHttpResponse response, DateTimeOffset now);
}
