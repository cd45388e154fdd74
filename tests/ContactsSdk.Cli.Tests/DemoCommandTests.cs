using System.Text.Json;
using ContactsSdk.Changes;

namespace ContactsSdk.Cli.Tests;

/// <summary>Every command against the embedded, seeded fakes (--demo), in process, asserting output and exit codes.</summary>
public sealed class DemoCommandTests
{
    [Test]
    public async Task Sync_EcwidToAgentClaraAsJson_CreatesNewPeopleAndMatchesTheExistingOne()
    {
        var run = await CliRun.RunAsync("--demo", "sync", "ecwid", "agentclara", "--marker-tag", "from-ecwid", "--json");

        using var result = JsonDocument.Parse(run.Output);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(result.RootElement.GetProperty("created").GetInt32(), Is.EqualTo(4));
            Assert.That(result.RootElement.GetProperty("updated").GetInt32(), Is.EqualTo(1), "Ada is in both: matched by email");
            Assert.That(result.RootElement.GetProperty("failed").GetInt32(), Is.Zero);
            Assert.That(run.Output, Does.Contain("Facebook channel(s)"), "what AgentClara cannot hold is reported");
        });
    }

    [Test]
    public async Task Sync_DryRun_PrintsThePlanTableWithReasons()
    {
        var run = await CliRun.RunAsync("--demo", "sync", "wix", "ecwid", "--dry-run");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Output, Does.Contain("Sync plan (dry run: nothing written)"));
            Assert.That(run.Output, Does.Contain("requires an email"));
            Assert.That(run.Output, Does.Contain("Create"));
        });
    }

    [Test]
    public async Task List_AsJson_WritesOneContactPerLine()
    {
        var run = await CliRun.RunAsync("--demo", "list", "agentclara", "--json");

        var emails = run.Lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("email").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(emails, Is.EquivalentTo(new[] { "ada@example.com", "frances@example.com", "john@example.com" }));
        });
    }

    [Test]
    public async Task Export_Csv_WritesHeaderAndOneRowPerContactToStandardOutput()
    {
        var run = await CliRun.RunAsync("--demo", "export", "ecwid", "--format", "csv");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Lines[0], Does.StartWith("id,vendor,name,first_name,last_name,email,phone,tags"));
            Assert.That(run.Lines, Has.Count.EqualTo(6));
            Assert.That(run.Lines, Has.Some.Contains("grace@example.com"));
            Assert.That(run.Error, Does.Contain("exported 5 contact(s)"));
        });
    }

    [Test]
    public async Task Changes_AsJson_ListsChangesThenTheCheckpoint()
    {
        var run = await CliRun.RunAsync("--demo", "changes", "ecwid", "--json");

        var last = JsonDocument.Parse(run.Lines[^1]).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Lines, Has.Count.EqualTo(6));
            Assert.That(ChangeFeedCheckpoint.TryParse(last.GetProperty("checkpoint").GetString(), out _), Is.True, "a change-feed checkpoint");
            Assert.That(run.Lines.Take(5).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("kind").GetString()), Is.All.EqualTo("Created"));
        });
    }

    [Test]
    public async Task Changes_PrintsEachKindAndId_ThenACheckpointThatResumesWithNothingNew()
    {
        var first = await CliRun.RunAsync("--demo", "changes", "ecwid");
        var checkpoint = first.Lines[^1].Split('\t')[1];
        var second = await CliRun.RunAsync("--demo", "changes", "ecwid", "--since", checkpoint);

        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.Zero, first.ToString());
            Assert.That(first.Lines, Has.Count.EqualTo(6));
            Assert.That(first.Lines.Take(5), Is.All.Match(@"^Created\t\S+$"));
            Assert.That(first.Lines[^1], Does.StartWith("checkpoint\t"));
            Assert.That(first.Error, Does.Contain("5 change(s) in Ecwid"));
            Assert.That(second.ExitCode, Is.Zero, second.ToString());
            Assert.That(second.Lines, Has.Count.EqualTo(1), "nothing changed since: only the checkpoint");
            Assert.That(second.Lines[0], Does.StartWith("checkpoint\t"));
        });
    }

    [Test]
    public async Task Changes_SinceSomethingNotACheckpoint_ExitsWithUsageCode()
    {
        var run = await CliRun.RunAsync("--demo", "changes", "ecwid", "--since", "updated:2026-01-01T00:00:00Z");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
            Assert.That(run.Error, Does.Contain("--since"));
        });
    }

    [Test]
    public async Task Get_UnknownContact_ExitsWithNotFound()
    {
        var run = await CliRun.RunAsync("--demo", "get", "agentclara", "cust_doesnotexist01");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
            Assert.That(run.Error, Does.Contain("no contact"));
        });
    }

    [TestCase(new[] { "bogus" }, 2)]
    [TestCase(new[] { "sync", "ecwid" }, 2)]
    [TestCase(new[] { "--demo", "list", "salesforce" }, 2)]
    [TestCase(new[] { "--demo", "sync", "wix", "wix" }, 2)]
    [TestCase(new[] { "--demo", "list", "wix", "--max", "0" }, 2)]
    public async Task BadUsage_ExitsWithUsageCode(string[] args, int expected)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(expected), run.ToString());
            Assert.That(run.Error, Does.StartWith("contacts: "));
        });
    }

    [Test]
    public async Task List_WithoutCredentials_ExitsWithConfigurationCodeAndSaysWhatToSet()
    {
        var run = await CliRun.RunAsync("list", "wix");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(5), run.ToString());
            Assert.That(run.Error, Does.Contain("Contacts__Wix__ApiKey").And.Contain("--demo"));
        });
    }
}
