using System.Buffers;
using System.Net;

namespace ContactsSdk.Internal;

/// <summary>
/// A response body already read into a buffer rented from <see cref="ArrayPool{T}.Shared"/>, returned when the response is
/// disposed: reading bodies up front (see <see cref="BoundedResponseHandler"/>) then costs no allocation per call beyond
/// what streaming them did.
/// </summary>
internal sealed class PooledBodyContent : HttpContent
{
    private byte[]? _buffer;
    private readonly int _length;

    public PooledBodyContent(byte[] rented, int length)
    {
        _buffer = rented;
        _length = length;
    }

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(PooledBodyContent));

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        => stream.WriteAsync(Buffer, 0, _length);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        => stream.WriteAsync(Buffer.AsMemory(0, _length), cancellationToken).AsTask();

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        => stream.Write(Buffer, 0, _length);

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult(CreateContentReadStream(CancellationToken.None));

    protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken)
        => Task.FromResult(CreateContentReadStream(cancellationToken));

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) => new MemoryStream(Buffer, 0, _length, writable: false);

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _buffer, null) is { } rented)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        base.Dispose(disposing);
    }
}
