using System.CommandLine;

namespace ContactsSdk.Cli;

/// <summary>The options every command accepts (recursive on the root command).</summary>
internal static class CliOptions
{
    public static Option<bool> Demo { get; } = new("--demo")
    {
        Description = "Start the embedded fakes of Ecwid, Wix and AgentClara with seeded contacts; no credentials needed.",
        Recursive = true,
    };

    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Write machine-readable JSON (JSON Lines for listings) instead of tables.",
        Recursive = true,
    };

    public static Option<FileInfo?> Config { get; } = new("--config")
    {
        Description = "A JSON settings file with a Contacts section (Contacts:Ecwid, Contacts:Wix, Contacts:AgentClara), as for AddContactsSdk.",
        Recursive = true,
    };

    public static Argument<string> Vendor(string name = "vendor", string description = "ecwid, wix or agentclara")
        => new(name) { Description = description };
}
