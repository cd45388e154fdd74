using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ContactsSdk.Tests.Support;

/// <summary>
/// A loopback HTTP/1.1 server of the tests' own that answers every request with one scripted response, for answers the
/// fakes cannot give (e.g. a <c>Retry-After</c> HTTP date). Each connection gets one answer and is closed.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _requests;

    public ScriptedServer(int statusCode, IReadOnlyDictionary<string, string> headers, string body)
    {
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        var head = new StringBuilder($"HTTP/1.1 {statusCode} Scripted\r\nContent-Type: application/json\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        head.Append("Content-Length: ").Append(bytes.Length).Append("\r\n\r\n");
        var response = Encoding.ASCII.GetBytes(head.ToString()).Concat(bytes).ToArray();
        _loop = Task.Run(() => ServeAsync(response));
    }

    public Uri BaseAddress { get; }

    public int Requests => Volatile.Read(ref _requests);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task ServeAsync(byte[] response)
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            var stream = client.GetStream();
            await ReadHeadAsync(stream);
            Interlocked.Increment(ref _requests);
            await stream.WriteAsync(response, _stop.Token);
        }
    }

    private async Task ReadHeadAsync(NetworkStream stream)
    {
        var seen = new List<byte>();
        var buffer = new byte[1024];
        while (!EndsWithBlankLine(seen))
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0)
            {
                return;
            }

            seen.AddRange(buffer.Take(read));
        }
    }

    private static bool EndsWithBlankLine(List<byte> seen)
        => seen.Count >= 4 && Encoding.ASCII.GetString([.. seen]).Contains("\r\n\r\n", StringComparison.Ordinal);
}
