using ContactsSdk.Samples;

namespace ContactsSdk.Tests.Samples;

/// <summary>
/// The samples' <c>-- serve</c> mode prints only lines the walk-throughs read, so exporting them sends every call to the
/// served fakes; a fake's credential without its base address never leaves the machine.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class FakesHostTests
{
    private static readonly string[] WalkThroughVariables =
    [
        "AGENTCLARA_BASE_URL", "AGENTCLARA_API_KEY", "WIX_BASE_URL", "WIX_API_KEY", "WIX_SITE_ID", "ECWID_BASE_URL", "ECWID_STORE_ID", "ECWID_TOKEN",
    ];

    private Dictionary<string, string?> _saved = null!;

    [SetUp]
    public void SaveEnvironment() => _saved = WalkThroughVariables.ToDictionary(name => name, Environment.GetEnvironmentVariable);

    [TearDown]
    public void RestoreEnvironment()
    {
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    [Test]
    public async Task Serve_LinesExported_WalkThroughsReachTheServedFakes()
    {
        using var stop = new CancellationTokenSource();
        using var output = new StringWriter();
        var serving = FakesHost.ServeAsync(output, stop.Token);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(lines, Has.All.Match("^[A-Z_]+=[^=]*"), "standard output holds KEY=VALUE lines only");
        var settings = lines.Select(line => line.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);

        Assert.That(settings.Keys.Where(key => key != "READY"), Is.EquivalentTo(WalkThroughVariables), "every line printed is one the walk-throughs read");
        foreach (var (name, value) in settings)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        using var wix = new StringWriter();
        using var ecwid = new StringWriter();
        using var clara = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await WixSample.RunFromEnvironmentAsync(wix, timeout.Token);
        await EcwidSample.RunFromEnvironmentAsync(ecwid, timeout.Token);
        await AgentClaraSample.RunFromEnvironmentAsync(clara, timeout.Token);
        await stop.CancelAsync();

        Assert.That(await serving, Is.Zero);
        Assert.That(FirstLine(wix), Does.Contain($"using the API at {settings["WIX_BASE_URL"]}"));
        Assert.That(FirstLine(ecwid), Does.Contain($"using the API at {settings["ECWID_BASE_URL"]}"));
        Assert.That(FirstLine(clara), Does.Contain($"using the API at {settings["AGENTCLARA_BASE_URL"]}"));
    }

    [TestCase("WIX")]
    [TestCase("ECWID")]
    [TestCase("AGENTCLARA")]
    public async Task Serve_CredentialsExportedWithoutTheBaseUrl_WalkThroughRefusesBeforeAnyRequest(string vendor)
    {
        using var stop = new CancellationTokenSource();
        using var output = new StringWriter();
        var serving = FakesHost.ServeAsync(output, stop.Token);
        foreach (var line in output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = line.Split('=', 2);
            if (pair[0].StartsWith(vendor + "_", StringComparison.Ordinal) && pair[0] != vendor + "_BASE_URL")
            {
                Environment.SetEnvironmentVariable(pair[0], pair[1]);
            }
        }

        Environment.SetEnvironmentVariable(vendor + "_BASE_URL", null);
        Func<TextWriter, CancellationToken, Task> run = vendor switch
        {
            "WIX" => WixSample.RunFromEnvironmentAsync,
            "ECWID" => EcwidSample.RunFromEnvironmentAsync,
            _ => AgentClaraSample.RunFromEnvironmentAsync,
        };

        using var sample = new StringWriter();
        var error = await Assert.ThrowsAsync<SampleConfigurationException>(() => run(sample, CancellationToken.None));
        await stop.CancelAsync();
        await serving;

        Assert.That(error!.Message, Does.Contain(vendor + "_BASE_URL"));
        Assert.That(sample.ToString(), Is.Empty, "nothing ran");
    }

    private static string FirstLine(StringWriter writer) => writer.ToString().Split('\n')[0];
}
