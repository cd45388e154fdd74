using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Webhooks;

/// <summary>
/// Sits between the pipeline and a vendor API: every request the API handles with a 2xx (including late and
/// apply-then-fail writes, which change state too) is offered to the webhook sender. Faults that answer without touching
/// state never reach <see cref="Handle"/>, so they send nothing.
/// </summary>
internal sealed class WebhookTapApi(IFakeApi inner, Func<FakeWebhookSender> sender) : IFakeApi
{
    public FakeHttpResponse Handle(FakeHttpRequest request)
    {
        var response = inner.Handle(request);
        if (response is { IsDropped: false, StatusCode: >= 200 and < 300 } && request.Method != "GET")
        {
            try
            {
                sender().Observe(request, response);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // A webhook the fake cannot build must never change the API's answer; the delivery list shows it missing.
            }
        }

        return response;
    }

    public VendorClock VendorClock => inner.VendorClock;

    public FakeHttpResponse CreateInjectedError(int statusCode, TimeSpan? retryAfter) => inner.CreateInjectedError(statusCode, retryAfter);

    public FakeHttpResponse CreateUnexpectedError(Exception exception) => inner.CreateUnexpectedError(exception);

    public FakeHttpResponse CreateMalformedResponse() => inner.CreateMalformedResponse();

    public void Decorate(FakeHttpResponse response) => inner.Decorate(response);
}
