using System.Text.Json;
using ContactsSdk.Testing;

namespace ContactsSdk.Cli.Tests;

/// <summary>
/// The tool against fakes this fixture owns, reached the way a user's real accounts are: a --config settings file with the
/// same option names as AddContactsSdk (Contacts:Ecwid, Contacts:AgentClara).
/// </summary>
[NonParallelizable]
public sealed class ConfiguredCommandTests
{
    private EcwidFake _ecwid = null!;
    private AgentClaraFake _clara = null!;
    private string _folder = null!;
    private string _settings = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _ecwid = EcwidFake.Start();
        _clara = AgentClaraFake.Start();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _ecwid.Dispose();
        _clara.Dispose();
    }

    [SetUp]
    public async Task WriteSettings()
    {
        _ecwid.Reset();
        _clara.Reset();
        _folder = Directory.CreateTempSubdirectory("contacts-cli-").FullName;
        _settings = Path.Combine(_folder, "settings.json");
        var settings = new
        {
            Contacts = new
            {
                Ecwid = new { StoreId = EcwidFake.DefaultStoreId, AccessToken = EcwidFake.DefaultCredential, BaseAddress = _ecwid.BaseAddress.ToString() },
                AgentClara = new { ApiKey = AgentClaraFake.DefaultCredential, BaseAddress = _clara.BaseAddress.ToString() },
            },
        };
        await File.WriteAllTextAsync(_settings, JsonSerializer.Serialize(settings));
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Import_CsvTwice_CreatesThenWritesNothingAndReportsTheBadRow()
    {
        var file = Path.Combine(_folder, "people.csv");
        await File.WriteAllTextAsync(file, "name,email,phone,tags\nAda Lovelace,ada@example.com,+442079460000,vip;speaker\n\"Hopper, Grace\",grace@example.com,,\nBad Row,not-an-email,,\n");

        var first = await CliRun.RunAsync("--config", _settings, "import", "agentclara", file, "--json");
        _clara.ClearJournal();
        var second = await CliRun.RunAsync("--config", _settings, "import", "agentclara", file, "--json");

        using var firstSummary = JsonDocument.Parse(first.Output);
        using var secondSummary = JsonDocument.Parse(second.Output);
        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.EqualTo(4), "one row failed: partial failure");
            Assert.That(firstSummary.RootElement.GetProperty("created").GetInt32(), Is.EqualTo(2));
            Assert.That(firstSummary.RootElement.GetProperty("errors")[0].GetString(), Does.StartWith("row 3:"));
            Assert.That(secondSummary.RootElement.GetProperty("unchanged").GetInt32(), Is.EqualTo(2));
            Assert.That(_clara.ContactCount(), Is.EqualTo(2));
            Assert.That(_clara.Journal.Where(request => request.Method != "GET"), Is.Empty, "the second import only reads");
        });
    }

    [Test]
    public async Task ExportThenImport_JsonLines_RoundTripsIntoAnotherVendor()
    {
        _ecwid.Seed(new ContactDraft { Name = PersonName.FromFull("Ada Lovelace"), Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com")] });
        var file = Path.Combine(_folder, "ecwid.jsonl");

        var export = await CliRun.RunAsync("--config", _settings, "export", "ecwid", "--output", file);
        var import = await CliRun.RunAsync("--config", _settings, "import", "agentclara", file);

        Assert.Multiple(() =>
        {
            Assert.That(export.ExitCode, Is.Zero, export.ToString());
            Assert.That(import.ExitCode, Is.Zero, import.ToString());
            Assert.That(import.Output, Does.Contain("Created"));
            Assert.That(_clara.ContactCount(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Sync_WithStateFile_SecondRunSendsNoRequestToTheTarget()
    {
        for (var i = 0; i < 3; i++)
        {
            _ecwid.Seed(new ContactDraft { Name = PersonName.FromFull($"Person {i}"), Channels = [new ContactChannel(ChannelKind.Email, $"p{i}@example.com")] });
        }

        var state = Path.Combine(_folder, "state.jsonl");
        var first = await CliRun.RunAsync("--config", _settings, "sync", "ecwid", "agentclara", "--state", state, "--json");
        _clara.ClearJournal();
        var second = await CliRun.RunAsync("--config", _settings, "sync", "ecwid", "agentclara", "--state", state, "--json");

        using var firstResult = JsonDocument.Parse(first.Output);
        using var secondResult = JsonDocument.Parse(second.Output);
        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.Zero, first.ToString());
            Assert.That(firstResult.RootElement.GetProperty("created").GetInt32(), Is.EqualTo(3));
            Assert.That(secondResult.RootElement.GetProperty("unchanged").GetInt32(), Is.EqualTo(3));
            Assert.That(_clara.Journal, Is.Empty, "links and fingerprints came from the state file");
            Assert.That(File.ReadAllText(state), Does.Not.Contain("example.com"), "the state file holds no contact data");
        });
    }

    [Test]
    public async Task Get_ExistingContact_PrintsItsChannelsAsJson()
    {
        var id = _clara.Seed(new ContactDraft
        {
            Name = PersonName.FromFull("Ada Lovelace"),
            Channels = [new ContactChannel(ChannelKind.Email, "ada@example.com"), new ContactChannel(ChannelKind.Phone, "+442079460000")],
        });

        var run = await CliRun.RunAsync("--config", _settings, "get", "agentclara", id, "--json");

        using var contact = JsonDocument.Parse(run.Output);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(contact.RootElement.GetProperty("id").GetString(), Is.EqualTo(id));
            Assert.That(contact.RootElement.GetProperty("channels").GetArrayLength(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task AnyCommand_WrongCredentials_ExitsWithConfigurationCode()
    {
        var settings = Path.Combine(_folder, "wrong.json");
        await File.WriteAllTextAsync(settings, JsonSerializer.Serialize(new
        {
            Contacts = new { AgentClara = new { ApiKey = "sk_test_wrongwrongwrongwrong", BaseAddress = _clara.BaseAddress.ToString() } },
        }));

        var run = await CliRun.RunAsync("--config", settings, "list", "agentclara");

        Assert.That(run.ExitCode, Is.EqualTo(5), run.ToString());
    }
}
