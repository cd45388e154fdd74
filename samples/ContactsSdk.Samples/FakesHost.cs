using System.Runtime.InteropServices;
using ContactsSdk.Testing;

namespace ContactsSdk.Samples;

/// <summary>
/// Hosts the three fakes out of process (<c>dotnet run --project samples/ContactsSdk.Samples -- serve</c>), for programs
/// that cannot load WireMock in-process, such as the Native AOT sample.
/// </summary>
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
        using var agentClara = AgentClaraFake.Start();
        using var wix = WixFake.Start();
        using var ecwid = EcwidFake.Start();
        output.WriteLine($"AGENTCLARA_BASE_URL={agentClara.BaseAddress}");
        output.WriteLine($"AGENTCLARA_API_KEY={AgentClaraFake.DefaultApiKey}");
        output.WriteLine($"WIX_BASE_URL={wix.BaseAddress}");
        output.WriteLine($"WIX_API_KEY={WixFake.DefaultApiKey}");
        output.WriteLine($"WIX_SITE_ID={WixFake.DefaultSiteId}");
        output.WriteLine($"ECWID_BASE_URL={ecwid.BaseAddress}");
        output.WriteLine($"ECWID_STORE_ID={EcwidFake.DefaultStoreId}");
        output.WriteLine($"ECWID_TOKEN={EcwidFake.DefaultToken}");
        output.WriteLine("READY=1");
        await output.FlushAsync();

        using var stop = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var stdinClosed = Task.Run(() =>
        {
            while (Console.In.ReadLine() is not null)
            {
            }
        });
        await Task.WhenAny(stdinClosed, Task.Delay(Timeout.Infinite, stop.Token));
        await Console.Error.WriteLineAsync("Fakes stopped.");
        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }
}
