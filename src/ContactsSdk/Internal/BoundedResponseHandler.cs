using System.Buffers;
using System.Globalization;

namespace ContactsSdk.Internal;

/// <summary>
/// Reads each answer's body into memory while the request is still inside the resilience pipeline, so the attempt and
/// total timeouts (and the caller's token) cover the body as well as the headers, and refuses what the SDK must not use.
/// </summary>
/// <remarks>
/// It sits below the resilience handler (innermost delegating handler). The body is read into a pooled buffer that grows
/// with what arrives (a declared length sizes it only up to 1 MiB), never past
/// <paramref name="maxBodySize"/> bytes: a successful answer past it is refused; an error answer is cut at
/// <see cref="MaxErrorBodySize"/> (the exception keeps 8 KiB of it anyway), so its status still decides the exception.
/// An answer whose request was redirected (by a primary handler the app configured to follow redirects) is refused, so
/// a token or contact from another origin is never used.
/// </remarks>
internal sealed class BoundedResponseHandler(long maxBodySize) : DelegatingHandler
{
    /// <summary>The most bytes of an error answer that are read; the rest is dropped unread.</summary>
    public const int MaxErrorBodySize = 64 * 1024;

    private const int UnknownLengthBufferSize = 16 * 1024;

    // A declared length sizes the first buffer only up to this; past it the buffer grows with what actually arrives.
    private const int InitialBufferLimit = 1024 * 1024;

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

        var (rented, length) = await ReadAsync(response, original, limit, cancellationToken).ConfigureAwait(false);
        var buffered = new PooledBodyContent(rented, length);
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

    /// <summary>Reads the body into a pooled buffer that grows with what arrives (a hostile Content-Length does not size it), up to <paramref name="limit"/>.</summary>
    private async Task<(byte[] Rented, int Length)> ReadAsync(HttpResponseMessage response, HttpContent content, long limit, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(content.Headers.ContentLength ?? UnknownLengthBufferSize, 1, Math.Min(limit, InitialBufferLimit)));
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    var capacity = (int)Math.Min(buffer.Length, limit);
                    if (length == capacity)
                    {
                        if (length >= limit)
                        {
                            // Full at the limit: one more byte means too large (or, for an error answer, cut here).
                            if (await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) > 0 && response.IsSuccessStatusCode)
                            {
                                throw TooLarge(response);
                            }

                            return (buffer, length);
                        }

                        buffer = Grow(buffer, length, limit);
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length, (int)Math.Min(buffer.Length, limit) - length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return (buffer, length);
                    }

                    length += read;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static byte[] Grow(byte[] buffer, int length, long limit)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private ResponseRefusedException TooLarge(HttpResponseMessage response)
        => new(string.Create(
            CultureInfo.InvariantCulture,
            $"The answer's body is larger than MaxResponseBodySize ({maxBodySize} bytes)."))
        {
            StatusCode = (int)response.StatusCode,
        };
}
