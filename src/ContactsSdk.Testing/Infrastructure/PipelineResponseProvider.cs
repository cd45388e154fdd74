using System.Text;
using Microsoft.AspNetCore.Http;
using WireMock;
using WireMock.ResponseProviders;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Bridges WireMock to a <see cref="FakePipeline"/>: translates the request in, the answer out, and aborts dropped connections.
/// </summary>
/// <remarks>
/// A custom <see cref="IResponseProvider"/> is used instead of <c>WithCallback</c> because only a provider receives the
/// <see cref="HttpContext"/>, and <see cref="HttpContext.Abort"/> is the one way to make the client see a transport
/// failure; WireMock's own <c>WithFault</c> still sends a complete HTTP response.
/// </remarks>
internal sealed class PipelineResponseProvider : IResponseProvider
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly FakePipeline _pipeline;

    /// <summary>Initializes a provider that hands every request to <paramref name="pipeline"/>.</summary>
    public PipelineResponseProvider(FakePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipeline = pipeline;
    }

    /// <inheritdoc />
    public async Task<(IResponseMessage Message, IMapping? Mapping)> ProvideResponseAsync(
        IMapping mapping,
        HttpContext context,
        IRequestMessage requestMessage,
        WireMockServerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requestMessage);
        var response = await _pipeline.ProcessAsync(ToFakeRequest(context, requestMessage)).ConfigureAwait(false);
        if (response.IsDropped)
        {
            context.Abort();
        }

        // Kestrel stamps Date with the wall clock and WireMock would add ours beside it: set the vendor's own as the
        // headers go out, so the client reads one Date, by the fake's clock.
        if (response.Headers.TryGetValue("Date", out var date))
        {
            response.Headers.Remove("Date");
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.Date = date;
                return Task.CompletedTask;
            });
        }

        return (ToResponseMessage(response), null);
    }

    private static FakeHttpRequest ToFakeRequest(HttpContext context, IRequestMessage requestMessage)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in context.Request.Headers)
        {
            headers[header.Key] = header.Value.ToString();
        }

        var bytes = requestMessage.BodyAsBytes;
        return new FakeHttpRequest(
            context.Request.Method.ToUpperInvariant(),
            context.Request.Path.HasValue ? context.Request.Path.Value! : "/",
            context.Request.QueryString.HasValue ? context.Request.QueryString.Value![1..] : string.Empty,
            bytes is { Length: > 0 } ? Encoding.UTF8.GetString(bytes) : null,
            headers);
    }

    private static ResponseMessage ToResponseMessage(FakeHttpResponse response)
    {
        var message = new ResponseMessage { StatusCode = response.IsDropped ? 200 : response.StatusCode };
        foreach (var header in response.Headers)
        {
            message.AddHeader(header.Key, header.Value);
        }

        if (response.Body is not null)
        {
            message.BodyData = new BodyData
            {
                BodyAsString = response.Body,
                DetectedBodyType = BodyType.String,
                Encoding = Utf8NoBom,
            };
        }

        return message;
    }
}
