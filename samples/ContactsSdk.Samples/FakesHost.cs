using ContactsSdk.Testing.Host;

namespace ContactsSdk.Samples;

/// <summary>
/// Hosts the three fakes out of process (<c>dotnet run --project samples/ContactsSdk.Samples -- serve</c>), for programs
/// that cannot load WireMock in-process, such as the Native AOT sample. A thin use of the <c>contacts-fakes</c> tool
/// (<see cref="FakesServer"/>), which also stops when standard input closes.
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
    /// <returns>The exit code: 0, or 1 when the fakes cannot start.</returns>
    public static Task<int> ServeAsync(TextWriter output) => FakesServer.MainAsync(["--exit-on-stdin-close"], output, Console.Error);

    /// <summary>
    /// Starts the three fakes, writes their <c>KEY=VALUE</c> lines (each vendor's base address with its credentials, then
    /// <c>READY=1</c>), and keeps them running until <paramref name="stopToken"/> fires.
    /// </summary>
    /// <param name="output">Where the lines go.</param>
    /// <param name="stopToken">Stops the fakes.</param>
    /// <returns>The exit code: 0, or 1 when the fakes cannot start.</returns>
    public static Task<int> ServeAsync(TextWriter output, CancellationToken stopToken)
        => FakesServer.ServeAsync(new FakesServerOptions(), output, TextWriter.Null, stopToken);
}
