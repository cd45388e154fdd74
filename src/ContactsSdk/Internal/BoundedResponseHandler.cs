using System.Buffers;
using System.Globalization;

namespace ContactsSdk.Internal;

/// <summary>
/// Reads each answer's body into memory while the request is still inside the resilience pipeline, so the attempt and
/// total timeouts (and the caller's token) cover the body as well as the headers, and refuses what the SDK must not use.
/// </summary>
/// <remarks>
/// It sits below the resilience handler (innermost delegating handler). The body is read in bounded chunks and never past
/// <paramref name="maxBodySize"/> bytes: a successful answer past it is refused; an error answer is cut at
/// <see cref="MaxErrorBodySize"/> (the exception keeps 8 KiB of it anyway), so its status still decides the exception.
/// An answer whose request was redirected (by a primary handler the app configured to follow redirects) is refused, so
/// a token or contact from another origin is never used.
/// </remarks>
internal sealed class BoundedResponseHandler(long maxBodySize) : DelegatingHandler
{
    /// <summary>The most bytes of an error answer that are read; the rest is dropped unread.</summary>
    public const int MaxErrorBodySize = 64 * 1024;

    private const int ChunkSize = 16 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sentTo = request.RequestUri;
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            RefuseRedirected(sentTo, request, response);
            await BufferAsync(response, cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    // SocketsHttpHandler rewrites the request's URI when it follows a redirect; the SDK's own primary handler never does.
    private static void RefuseRedirected(Uri? sentTo, HttpRequestMessage request, HttpResponseMessage response)
    {
        if (sentTo is not null && request.RequestUri is { } answeredFor && sentTo != answeredFor)
        {
            throw new ResponseRefusedException("The answer came from a redirect, which the SDK never follows.") { StatusCode = (int)response.StatusCode };
        }
    }

    private async Task BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var original = response.Content;
        if (original is null)
        {
            return;
        }

        var limit = response.IsSuccessStatusCode ? maxBodySize : Math.Min(maxBodySize, MaxErrorBodySize);
        if (response.IsSuccessStatusCode && original.Headers.ContentLength > limit)
        {
            throw TooLarge(response);
        }

        var body = await ReadAsync(response, original, limit, cancellationToken).ConfigureAwait(false);
        var buffered = new ByteArrayContent(body.GetBuffer(), 0, (int)body.Length);
        foreach (var header in original.Headers)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        response.Content = buffered;
        original.Dispose();
    }

    private async Task<MemoryStream> ReadAsync(HttpResponseMessage response, HttpContent content, long limit, CancellationToken cancellationToken)
    {
        // Grow with what actually arrives: a hostile Content-Length must not size the buffer.
        var body = new MemoryStream((int)Math.Min(content.Headers.ContentLength ?? ChunkSize, Math.Min(limit, ChunkSize * 4)));
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (body.Length + read > limit)
                    {
                        if (response.IsSuccessStatusCode)
                        {
                            throw TooLarge(response);
                        }

                        body.Write(chunk, 0, (int)(limit - body.Length));
                        break;
                    }

                    body.Write(chunk, 0, read);
                }
            }

            return body;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private ResponseRefusedException TooLarge(HttpResponseMessage response)
        => new(string.Create(
            CultureInfo.InvariantCulture,
            $"The answer's body is larger than MaxResponseBodySize ({maxBodySize} bytes)."))
        {
            StatusCode = (int)response.StatusCode,
        };
}
