using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>Reads a request body as raw bytes — no model binding, no text decoding, no line-ending changes — up to a cap.</summary>
internal static class WebhookBodyReader
{
    private const int InitialBufferCap = 64 * 1024;

    /// <summary>Reads the body; <see langword="null"/> when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + 1L; // our cap decides, with our 413, whatever the server's default
        }

        // A declared length sizes the buffer only up to 64 KiB: the header is the sender's claim, not yet bytes received.
        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is { } length ? (int)Math.Min(length + 1, InitialBufferCap) : 4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await request.Body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }
}
