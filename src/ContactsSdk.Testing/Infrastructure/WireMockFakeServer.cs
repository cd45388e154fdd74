using WireMock.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace ContactsSdk.Testing.Infrastructure;

/// <summary>
/// Hosts a <see cref="FakePipeline"/> on an in-process WireMock server bound to a free loopback port.
/// </summary>
/// <remarks>
/// One catch-all mapping sends every request to the pipeline, so routing, strictness and state live in plain C#
/// rather than in WireMock mappings and priorities.
/// </remarks>
internal sealed class WireMockFakeServer : IDisposable
{
    private readonly WireMockServer _server;

    private WireMockFakeServer(WireMockServer server)
    {
        _server = server;
        BaseAddress = new Uri($"http://127.0.0.1:{server.Ports[0]}/");
    }

    /// <summary>Gets the root address of the server, with a trailing slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts a server that answers every request through <paramref name="pipeline"/>.</summary>
    public static WireMockFakeServer Start(FakePipeline pipeline, int port = 0)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var server = WireMockServer.Start(CreateSettings(port));
        try
        {
            server
                .Given(Request.Create().UsingAnyMethod().WithPath(new RegexMatcher(".*")))
                .RespondWith(new PipelineResponseProvider(pipeline));
            return new WireMockFakeServer(server);
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    private static WireMockServerSettings CreateSettings(int port) => new()
    {
        // Port 0 lets the OS pick a free port; WireMock reports the bound one in Ports. Loopback only, always.
        Urls = [$"http://127.0.0.1:{port}"],
        StartAdminInterface = false,
        Logger = new WireMockNullLogger(),

        // The pipeline keeps its own journal; WireMock's log would only grow.
        MaxRequestLogCount = 0,
        AllowBodyForAllHttpMethods = true,
        DisableJsonBodyParsing = true,
        DisableDeserializeFormUrlEncoded = true,
        DisableRequestBodyDecompressing = true,
    };
}
