using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace ContactsSdk.Testing.Host;

/// <summary>
/// Runs the fakes out of process (<c>contacts-fakes</c>): starts them on loopback, prints how to reach them as
/// <c>KEY=VALUE</c> lines on standard output and a hint for people on standard error, and runs until told to stop.
/// </summary>
/// <remarks>
/// The lines are each vendor's <c>*_BASE_URL</c> with its default credentials, then <c>READY=1</c>: exported together they
/// send every call to the fakes. The fakes listen on 127.0.0.1 only, so their well-known credentials never leave the machine.
/// </remarks>
public static class FakesServer
{
    /// <summary>The line that ends the variables, so a script knows the fakes are up.</summary>
    public const string ReadyLine = "READY=1";

    /// <summary>Reads the command line, then serves until Ctrl+C, SIGTERM or (when asked) the end of standard input.</summary>
    /// <param name="args">The command line (see <see cref="FakesServerOptions.Usage"/>).</param>
    /// <param name="output">Where the <c>KEY=VALUE</c> lines (or the help) go.</param>
    /// <param name="hints">Where messages for people go.</param>
    /// <returns>0 after a normal stop or the help, 1 when the fakes cannot start, 2 for a bad command line.</returns>
    public static async Task<int> MainAsync(IReadOnlyList<string> args, TextWriter output, TextWriter hints)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(hints);
        if (!FakesServerOptions.TryParse(args, out var options, out var error))
        {
            await hints.WriteLineAsync($"contacts-fakes: {error}\n\n{FakesServerOptions.Usage}");
            return 2;
        }

        if (options.ShowHelp)
        {
            await output.WriteLineAsync(FakesServerOptions.Usage);
            return 0;
        }

        using var stop = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        if (options.StopWhenInputCloses)
        {
            _ = Task.Run(() => StopWhenInputCloses(stop), CancellationToken.None);
        }

        return await ServeAsync(options, output, hints, stop.Token);

        void Stop(PosixSignalContext context)
        {
            // Stop gracefully (dispose the servers) instead of letting the runtime kill the process.
            context.Cancel = true;
            stop.Cancel();
        }
    }

    /// <summary>
    /// Starts the chosen fakes, writes their <c>KEY=VALUE</c> lines ending with <see cref="ReadyLine"/>, and keeps them
    /// running until <paramref name="stopToken"/> fires.
    /// </summary>
    /// <param name="options">Which fakes, ports and seeding.</param>
    /// <param name="output">Where the <c>KEY=VALUE</c> lines go.</param>
    /// <param name="hints">Where messages for people go.</param>
    /// <param name="stopToken">Stops the fakes.</param>
    /// <returns>0 after a normal stop, 1 when a fake cannot start (e.g. its port is taken).</returns>
    public static async Task<int> ServeAsync(FakesServerOptions options, TextWriter output, TextWriter hints, CancellationToken stopToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(hints);
        var fakes = new List<VendorFake>();
        try
        {
            if (!TryStart(options, fakes, out var failure))
            {
                await hints.WriteLineAsync($"contacts-fakes: could not start the fakes: {failure}");
                return 1;
            }

            if (options.Seed && !await TrySeedAsync(fakes, stopToken))
            {
                return 0;
            }

            await WriteVariablesAsync(fakes, output);
            await hints.WriteLineAsync(Hint(options));
            await WaitAsync(stopToken);
            await hints.WriteLineAsync("contacts-fakes: stopped.");
            return 0;
        }
        finally
        {
            fakes.ForEach(fake => fake.Dispose());
        }
    }

    /// <summary>Gets the <c>KEY=VALUE</c> pairs that point a client at <paramref name="fake"/>: its base address and default credentials.</summary>
    /// <param name="fake">A running fake.</param>
    /// <returns>The pairs, base address first.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> VariablesOf(VendorFake fake) => fake switch
    {
        AgentClaraFake => [new("AGENTCLARA_BASE_URL", fake.BaseAddress.ToString()), new("AGENTCLARA_API_KEY", AgentClaraFake.DefaultCredential)],
        WixFake =>
        [
            new("WIX_BASE_URL", fake.BaseAddress.ToString()),
            new("WIX_API_KEY", WixFake.DefaultCredential),
            new("WIX_SITE_ID", WixFake.DefaultSiteId),
        ],
        EcwidFake =>
        [
            new("ECWID_BASE_URL", fake.BaseAddress.ToString()),
            new("ECWID_STORE_ID", EcwidFake.DefaultStoreId.ToString(CultureInfo.InvariantCulture)),
            new("ECWID_TOKEN", EcwidFake.DefaultCredential),
        ],
        _ => throw new ArgumentException($"No variables are defined for {fake?.GetType().Name ?? "null"}.", nameof(fake)),
    };

    private static bool TryStart(FakesServerOptions options, List<VendorFake> fakes, out string? failure)
    {
        failure = null;
        foreach (var vendor in options.Vendors)
        {
            var port = options.Ports.GetValueOrDefault(vendor);
            if (port != 0 && !IsFree(port))
            {
                // Checked first: the server itself would retry a taken port until its start timeout (10 s) before failing.
                failure = $"{vendor} on port {port}: the port is in use.";
                return false;
            }

            try
            {
                fakes.Add(Start(vendor, port, options));
            }
            catch (Exception startFailure) when (startFailure is not OperationCanceledException)
            {
                // Whatever the server throws (a lost race for the port, a refused bind) ends the tool with a message, not a trace.
                failure = $"{vendor}{(port == 0 ? string.Empty : $" on port {port}")}: {startFailure.Message}";
                return false;
            }
        }

        return true;
    }

    private static bool IsFree(int port)
    {
        using var probe = new TcpListener(IPAddress.Loopback, port);
        try
        {
            probe.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            probe.Stop();
        }
    }

    private static VendorFake Start(ContactsVendor vendor, int port, FakesServerOptions options) => vendor switch
    {
        ContactsVendor.AgentClara => StartAgentClara(port, options.AgentClaraRateLimit),
        ContactsVendor.Wix => WixFake.Start(new WixFakeOptions { Port = port }),
        ContactsVendor.Ecwid => EcwidFake.Start(new EcwidFakeOptions { Port = port }),
        _ => throw new ArgumentOutOfRangeException(nameof(vendor), vendor, "Unknown vendor."),
    };

    private static AgentClaraFake StartAgentClara(int port, (int PerMinute, int PerTenSeconds)? rateLimit)
    {
        var fake = AgentClaraFake.Start(new AgentClaraFakeOptions { Port = port });
        if (rateLimit is { } limit)
        {
            fake.EnableRateLimit(limit.PerMinute, limit.PerTenSeconds);
        }

        return fake;
    }

    private static async Task WriteVariablesAsync(IEnumerable<VendorFake> fakes, TextWriter output)
    {
        foreach (var (key, value) in fakes.SelectMany(VariablesOf))
        {
            await output.WriteLineAsync($"{key}={value}");
        }

        await output.WriteLineAsync(ReadyLine);
        await output.FlushAsync(CancellationToken.None);
    }

    // Guidance goes to standard error, so standard output stays pure KEY=VALUE lines for scripts.
    private static string Hint(FakesServerOptions options)
        => "contacts-fakes: fakes running on loopback. Export all the lines above together: each vendor's credentials belong to "
           + "its *_BASE_URL, so every call goes to the fakes. "
           + (options.StopWhenInputCloses ? "Close stdin, press Ctrl+C or send SIGTERM to stop." : "Press Ctrl+C or send SIGTERM to stop.");

    // A stop that arrives while seeding is a normal stop, not a failure.
    private static async Task<bool> TrySeedAsync(IReadOnlyList<VendorFake> fakes, CancellationToken stopToken)
    {
        try
        {
            await DemoContacts.SeedAsync(fakes, stopToken);
            return true;
        }
        catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static async Task WaitAsync(CancellationToken stopToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, stopToken);
        }
        catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
        {
            // Stopping is the normal end.
        }
    }

    private static void StopWhenInputCloses(CancellationTokenSource stop)
    {
        while (Console.In.ReadLine() is not null)
        {
        }

        stop.Cancel();
    }
}
