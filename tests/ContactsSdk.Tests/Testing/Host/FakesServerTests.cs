using System.Net;
using System.Net.Sockets;
using ContactsSdk.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ContactsSdk.Testing.Host;
using ContactsSdk.Tests.Support;

namespace ContactsSdk.Tests.Testing.Host;

/// <summary>
/// The contacts-fakes tool, run in-process: what it prints points a plain client (configured only from those lines, as
/// another process would be) at the fakes, and its options choose vendors, ports and seeding.
/// </summary>
public sealed class FakesServerTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    [Test]
    public async Task ServeAsync_AllVendors_PrintsLinesThatPointPlainClientsAtTheFakes()
    {
        await using var server = await RunningServer.StartAsync(new FakesServerOptions());

        Assert.That(server.Variables.Keys, Is.EquivalentTo(new[]
        {
            "AGENTCLARA_BASE_URL", "AGENTCLARA_API_KEY", "WIX_BASE_URL", "WIX_API_KEY", "WIX_SITE_ID",
            "ECWID_BASE_URL", "ECWID_STORE_ID", "ECWID_TOKEN",
        }));
        Assert.That(server.Variables.Values.Where(value => value.StartsWith("http", StringComparison.Ordinal)).Select(value => new Uri(value).IsLoopback), Is.All.True);
        await using var clients = ClientsFrom(server.Variables);
        foreach (var name in clients.Names)
        {
            var created = await clients.Get(name).CreateAsync(Draft("Ada Lovelace", "ada@example.com"));
            Assert.That((await clients.Get(name).GetAsync(created.Id)).PrimaryEmail, Is.EqualTo("ada@example.com"), name);
        }

        Assert.That(await server.StopAsync(), Is.Zero);
    }

    [Test]
    public async Task ServeAsync_OneVendorOnAFixedPortSeeded_ServesOnlyItWithTheDemoContacts()
    {
        var port = FreeLoopbackPort.Pick();
        var options = new FakesServerOptions
        {
            Vendors = [ContactsVendor.Wix],
            Ports = new Dictionary<ContactsVendor, int> { [ContactsVendor.Wix] = port },
            Seed = true,
        };
        await using var server = await RunningServer.StartAsync(options);

        Assert.That(server.Variables.Keys, Is.EquivalentTo(new[] { "WIX_BASE_URL", "WIX_API_KEY", "WIX_SITE_ID" }));
        Assert.That(new Uri(server.Variables["WIX_BASE_URL"]).Port, Is.EqualTo(port));
        await using var clients = ClientsFrom(server.Variables);
        var names = new List<string?>();
        await foreach (var contact in clients.Get("wix").ListAsync(new ContactQuery { Tag = "demo" }))
        {
            names.Add(contact.Name.Full);
        }

        Assert.That(names, Is.EquivalentTo(new[] { "Ada Lovelace", "Grace Hopper", "Alan Turing" }));
    }

    [Test]
    public async Task ServeAsync_PortTaken_Returns1AndSaysWhich()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var hints = new StringWriter();
        var options = new FakesServerOptions { Vendors = [ContactsVendor.Ecwid], Ports = new Dictionary<ContactsVendor, int> { [ContactsVendor.Ecwid] = port } };

        var exitCode = await FakesServer.ServeAsync(options, TextWriter.Null, hints, CancellationToken.None).WaitAsync(StartTimeout);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(hints.ToString(), Does.Contain($"Ecwid on port {port}"));
    }

    [Test]
    public async Task MainAsync_UnknownOption_Returns2WithUsageOnTheHintWriter()
    {
        var output = new StringWriter();
        var hints = new StringWriter();

        var exitCode = await FakesServer.MainAsync(["--nope"], output, hints);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(hints.ToString(), Does.Contain("Unknown option '--nope'").And.Contain("Usage: contacts-fakes"));
        Assert.That(output.ToString(), Is.Empty, "stdout stays for KEY=VALUE lines");
    }

    [Test]
    public async Task MainAsync_Help_PrintsUsageAndReturns0()
    {
        var output = new StringWriter();

        Assert.That(await FakesServer.MainAsync(["--help"], output, TextWriter.Null), Is.Zero);
        Assert.That(output.ToString(), Does.Contain("--vendors").And.Contain("--wix-port").And.Contain("--seed"));
    }

    [Test]
    public void TryParse_AllOptions_ReadsThem()
    {
        var valid = FakesServerOptions.TryParse(
            ["--vendors", "ecwid, AgentClara", "--agentclara-port", "5080", "--seed", "--exit-on-stdin-close"], out var options, out var error);

        Assert.That(valid, Is.True, error);
        Assert.That(options.Vendors, Is.EqualTo(new[] { ContactsVendor.Ecwid, ContactsVendor.AgentClara }));
        Assert.That(options.Ports, Is.EquivalentTo(new Dictionary<ContactsVendor, int> { [ContactsVendor.AgentClara] = 5080 }));
        Assert.That(options.Seed && options.StopWhenInputCloses, Is.True);
    }

    [TestCase("--vendors")]
    [TestCase("--vendors", "wix,salesforce")]
    [TestCase("--vendors", ",")]
    [TestCase("--wix-port", "0")]
    [TestCase("--wix-port", "65536")]
    [TestCase("--ecwid-port", "http")]
    [TestCase("--ecwid-port")]
    [TestCase("serve")]
    public void TryParse_BadArguments_FailsWithAMessage(params string[] args)
    {
        Assert.That(FakesServerOptions.TryParse(args, out _, out var error), Is.False);
        Assert.That(error, Is.Not.Null.And.Not.Empty);
    }

    private static ContactDraft Draft(string name, string email) => new()
    {
        Name = PersonName.FromFull(name),
        Channels = [new ContactChannel(ChannelKind.Email, email)],
    };

    // Configured only from the printed lines, as a client in another process (or language) would be.
    private static ContactsClients ClientsFrom(IReadOnlyDictionary<string, string> variables)
        => new ContactsClientBuilder().Configure(sdk =>
        {
            if (variables.TryGetValue("AGENTCLARA_BASE_URL", out var clara))
            {
                sdk.AddAgentClara("agentclara", options =>
                {
                    options.BaseAddress = new Uri(clara);
                    options.ApiKey = variables["AGENTCLARA_API_KEY"];
                    options.Resilience.PaceRequests = false;
                });
            }

            if (variables.TryGetValue("WIX_BASE_URL", out var wix))
            {
                sdk.AddWix("wix", options =>
                {
                    options.BaseAddress = new Uri(wix);
                    options.ApiKey = variables["WIX_API_KEY"];
                    options.SiteId = variables["WIX_SITE_ID"];
                    options.Resilience.PaceRequests = false;
                });
            }

            if (variables.TryGetValue("ECWID_BASE_URL", out var ecwid))
            {
                sdk.AddEcwid("ecwid", options =>
                {
                    options.BaseAddress = new Uri(ecwid);
                    options.StoreId = long.Parse(variables["ECWID_STORE_ID"], System.Globalization.CultureInfo.InvariantCulture);
                    options.AccessToken = variables["ECWID_TOKEN"];
                    options.Resilience.PaceRequests = false;
                });
            }
        }).Build();


    /// <summary>The tool serving in the background until disposed; its variables are read once <c>READY=1</c> is out.</summary>
    private sealed class RunningServer : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop;
        private readonly Task<int> _serving;

        private RunningServer(CancellationTokenSource stop, Task<int> serving, IReadOnlyDictionary<string, string> variables)
        {
            _stop = stop;
            _serving = serving;
            Variables = variables;
        }

        public IReadOnlyDictionary<string, string> Variables { get; }

        public static async Task<RunningServer> StartAsync(FakesServerOptions options)
        {
            var output = new StringWriter();
            var synchronized = TextWriter.Synchronized(output);
            var stop = new CancellationTokenSource();
            var serving = Task.Run(() => FakesServer.ServeAsync(options, synchronized, TextWriter.Null, stop.Token));
            using var timeout = new CancellationTokenSource(StartTimeout);
            while (!Lines(synchronized, output).Contains(FakesServer.ReadyLine))
            {
                Assert.That(serving.IsCompleted, Is.False, "the server stopped before READY=1");
                await Task.Delay(20, timeout.Token);
            }

            var variables = Lines(synchronized, output)
                .TakeWhile(line => line != FakesServer.ReadyLine)
                .Select(line => line.Split('=', 2))
                .ToDictionary(pair => pair[0], pair => pair[1]);
            return new RunningServer(stop, serving, variables);
        }

        public async Task<int> StopAsync()
        {
            await _stop.CancelAsync();
            return await _serving.WaitAsync(StartTimeout);
        }

        public async ValueTask DisposeAsync()
        {
            if (!_serving.IsCompleted)
            {
                await StopAsync();
            }

            _stop.Dispose();
        }

        private static string[] Lines(TextWriter synchronized, StringWriter output)
        {
            lock (synchronized)
            {
                return output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
            }
        }
    }
}
