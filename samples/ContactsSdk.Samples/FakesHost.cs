using System.Runtime.InteropServices;
using ContactsSdk.Testing;

namespace ContactsSdk.Samples;

/// <summary>
/// Hosts the three fakes out of process (<c>dotnet run --project samples/ContactsSdk.Samples -- serve</c>), for programs
/// that cannot load WireMock in-process, such as the Native AOT sample.
/// </summary>
/// <remarks>
/// Every <c>KEY=VALUE</c> line it prints is read by the walk-throughs and the Native AOT sample, and each vendor's
/// credentials come with its <c>*_BASE_URL</c>: exported together, they send every call to the fakes. A walk-through given
/// a fake's credential without a loopback base address refuses to run rather than send it to the real vendor.
/// </remarks>
public static class FakesHost
{
    /// <summary>
    /// Starts AgentClaraFake, WixFake and EcwidFake, writes their base addresses and default credentials as
    /// <c>KEY=VALUE</c> lines ending with <c>READY=1</c>, and runs until standard input closes or SIGINT/SIGTERM arrives.
    /// </summary>
    /// <param name="output">Where the <c>KEY=VALUE</c> lines go.</param>
    /// <returns>The exit code, 0.</returns>
    public static async Task<int> ServeAsync(TextWriter output)
    {
        using var stop = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        _ = Task.Run(() =>
        {
            while (Console.In.ReadLine() is not null)
            {
            }

            stop.Cancel();
        });
        // Guidance goes to standard error, so standard output stays pure KEY=VALUE lines for scripts.
        await Console.Error.WriteLineAsync(
            "Fakes on loopback. Export all the lines below together: each vendor's credentials belong to its *_BASE_URL. Close stdin to stop.");
        var exitCode = await ServeAsync(output, stop.Token);
        await Console.Error.WriteLineAsync("Fakes stopped.");
        return exitCode;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    /// <summary>
    /// Starts the three fakes, writes their <c>KEY=VALUE</c> lines (each vendor's base address with its credentials, then
    /// <c>READY=1</c>) before the returned task first yields, and keeps them running until <paramref name="stopToken"/> fires.
    /// </summary>
    /// <param name="output">Where the lines go.</param>
    /// <param name="stopToken">Stops the fakes.</param>
    /// <returns>The exit code, 0.</returns>
    public static async Task<int> ServeAsync(TextWriter output, CancellationToken stopToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var agentClara = AgentClaraFake.Start();
        using var wix = WixFake.Start();
        using var ecwid = EcwidFake.Start();
        output.WriteLine($"AGENTCLARA_BASE_URL={agentClara.BaseAddress}");
        output.WriteLine($"AGENTCLARA_API_KEY={AgentClaraFake.DefaultCredential}");
        output.WriteLine($"WIX_BASE_URL={wix.BaseAddress}");
        output.WriteLine($"WIX_API_KEY={WixFake.DefaultCredential}");
        output.WriteLine($"WIX_SITE_ID={WixFake.DefaultSiteId}");
        output.WriteLine($"ECWID_BASE_URL={ecwid.BaseAddress}");
        output.WriteLine($"ECWID_STORE_ID={EcwidFake.DefaultStoreId}");
        output.WriteLine($"ECWID_TOKEN={EcwidFake.DefaultCredential}");
        output.WriteLine("READY=1");
        await output.FlushAsync(CancellationToken.None);
        try
        {
            await Task.Delay(Timeout.Infinite, stopToken);
        }
        catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
        {
            // Stopping is the normal end.
        }

        return 0;
    }
}
