using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ContactsSdk.Tests.Support;

/// <summary>
/// A minimal HTTP/1.1 server on a loopback port that answers whatever the test scripts, for answers the fakes cannot
/// give: mis-shaped or duplicated JSON, bodies that trickle or never end, redirects. It keeps connections alive, reads
/// Content-Length and chunked request bodies, and records every request.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private static readonly byte[] FillerChunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<ScriptedRequest> _requests = new();
    private readonly ConcurrentBag<TcpClient> _connections = [];
    private readonly Task _accepting;

    public ScriptedServer(Func<ScriptedRequest, ScriptedAnswer>? script = null)
    {
        Script = script ?? (_ => ScriptedAnswer.Json("{}"));
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    public Uri BaseAddress { get; }

    /// <summary>Gets or sets how each request is answered.</summary>
    public Func<ScriptedRequest, ScriptedAnswer> Script { get; set; }

    public IReadOnlyList<ScriptedRequest> Requests => [.. _requests];

    public void ClearRequests() => _requests.Clear();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }

        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);

            // Small writes must not wait for the client's delayed ACK (Nagle), or every answer costs 40 ms.
            client.NoDelay = true;
            _connections.Add(client);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            using (client)
            {
                var stream = client.GetStream();
                var reader = new HttpWireReader(stream);
                while (await ReadRequestAsync(reader) is { } request)
                {
                    _requests.Enqueue(request);
                    if (!await AnswerAsync(stream, Script(request)))
                    {
                        break;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away (e.g. it refused a huge body) or the server is stopping.
        }
    }

    private async Task<ScriptedRequest?> ReadRequestAsync(HttpWireReader reader)
    {
        var requestLine = await reader.ReadLineAsync(_stop.Token);
        if (string.IsNullOrEmpty(requestLine))
        {
            return null;
        }

        var parts = requestLine.Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (await reader.ReadLineAsync(_stop.Token) is { Length: > 0 } line)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var body = await ReadBodyAsync(reader, headers);
        return new ScriptedRequest(parts[0], parts[1], headers, body);
    }

    private async Task<string> ReadBodyAsync(HttpWireReader reader, Dictionary<string, string> headers)
    {
        if (headers.TryGetValue("Content-Length", out var length))
        {
            return Encoding.UTF8.GetString(await reader.ReadBytesAsync(int.Parse(length, CultureInfo.InvariantCulture), _stop.Token));
        }

        if (!headers.TryGetValue("Transfer-Encoding", out var encoding) || !encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        var body = new MemoryStream();
        while (true)
        {
            var size = int.Parse((await reader.ReadLineAsync(_stop.Token))!.Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                await reader.ReadLineAsync(_stop.Token);
                return Encoding.UTF8.GetString(body.ToArray());
            }

            body.Write(await reader.ReadBytesAsync(size, _stop.Token));
            await reader.ReadLineAsync(_stop.Token);
        }
    }

    /// <returns>Whether the connection stays open for another request.</returns>
    private async Task<bool> AnswerAsync(NetworkStream stream, ScriptedAnswer answer)
    {
        var body = answer.BodyBytes;
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {answer.Status} Scripted\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Type: {answer.ContentType}\r\n");
        foreach (var (name, value) in answer.Headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        head.Append(answer.DeclareLength ? $"Content-Length: {body.LongLength + answer.Filler}\r\n" : "Connection: close\r\n").Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
        await WriteBodyAsync(stream, body, answer);
        return answer.DeclareLength;
    }

    private async Task WriteBodyAsync(NetworkStream stream, byte[] body, ScriptedAnswer answer)
    {
        if (answer.Trickle > TimeSpan.Zero)
        {
            foreach (var b in body)
            {
                await stream.WriteAsync(new[] { b }, _stop.Token);
                await Task.Delay(answer.Trickle, _stop.Token);
            }
        }
        else
        {
            await stream.WriteAsync(body, _stop.Token);
        }

        for (var left = answer.Filler; left > 0; left -= FillerChunk.Length)
        {
            await stream.WriteAsync(FillerChunk.AsMemory(0, (int)Math.Min(left, FillerChunk.Length)), _stop.Token);
        }
    }
}
