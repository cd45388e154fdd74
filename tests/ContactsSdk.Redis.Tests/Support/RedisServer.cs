using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ContactsSdk.Redis.Tests.Support;

/// <summary>
/// A real <c>redis-server</c> of the fixture's own, on a free loopback port, with no persistence. Where it is not installed
/// the fixture is skipped with how to install it — unless <c>CONTACTS_REQUIRE_REDIS=1</c> (set by <c>.ci/run</c>), where a
/// missing Redis fails, so a green CI always means these tests ran.
/// </summary>
public sealed class RedisServer : IDisposable
{
    public const string RequireVariable = "CONTACTS_REQUIRE_REDIS";

    public const string InstallHint = "redis-server is not on PATH; install it (Debian/Ubuntu: `apt-get install -y redis-server`) to run the Redis tests.";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);

    private Process? _process;

    private RedisServer(string executable, int port)
    {
        Executable = executable;
        Port = port;
    }

    public string Executable { get; }

    public int Port { get; }

    /// <summary>Gets a connection string for StackExchange.Redis.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Starts a server, or skips (fails in CI) the calling fixture when <c>redis-server</c> is missing.</summary>
    public static RedisServer StartOrSkip()
    {
        var executable = Find();
        if (executable is null)
        {
            if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
            {
                Assert.Fail($"{RequireVariable}=1 but {InstallHint}");
            }

            Assert.Ignore(InstallHint);
        }

        var server = new RedisServer(executable!, FreePort());
        server.Start();
        return server;
    }

    public static string? Find()
        => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "redis-server"))
            .FirstOrDefault(File.Exists);

    /// <summary>Starts the server on its port and waits until it answers PING.</summary>
    public void Start()
    {
        if (_process is { HasExited: false })
        {
            return;
        }

        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no", "--daemonize", "no" })
        {
            info.ArgumentList.Add(argument);
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");

        // A test host that dies without tearing its fixtures down still takes its servers with it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilServing();
    }

    /// <summary>Kills the server (as a crash would), and waits until it is gone.</summary>
    public void Stop()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilServing()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited at once with code {_process.ExitCode} (port {Port} taken?).");
            }

            if (AnswersPing())
            {
                return;
            }

            Thread.Sleep(10);
        }

        throw new InvalidOperationException($"redis-server did not answer on port {Port} within {StartTimeout.TotalSeconds} s.");
    }

    private bool AnswersPing()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            using var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var read = stream.Read(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
