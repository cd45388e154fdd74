using System.Net;
using System.Net.Http.Headers;

namespace ContactsSdk.Benchmarks;

/// <summary>
/// Answers every request in memory from a routing function: no sockets, no server. The canned bodies are shared
/// byte arrays, so the handler itself allocates only the response message and its content wrapper. It holds nothing to
/// release, so the factory may dispose it when it rotates handler chains and it keeps working.
/// </summary>
public sealed class InMemoryHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static HttpResponseMessage JsonResponse(byte[] body, HttpStatusCode status = HttpStatusCode.OK)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        return new HttpResponseMessage(status) { Content = content };
    }

    /// <summary>Answers a request as this handler would, for a handler that wraps another (e.g. to count requests).</summary>
    public HttpResponseMessage Respond(HttpRequestMessage request) => respond(request);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = respond(request);
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}
