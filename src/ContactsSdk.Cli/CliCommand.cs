using System.CommandLine;

namespace ContactsSdk.Cli;

/// <summary>A subcommand: its parser definition and what it does with an open session.</summary>
/// <param name="Command">The parser definition.</param>
/// <param name="RunAsync">Runs the command; returns the exit code.</param>
internal sealed record CliCommand(Command Command, Func<ParseResult, CliSession, CancellationToken, Task<int>> RunAsync);
