using System.CommandLine;
using ContactsSdk.Errors;
using Microsoft.Extensions.Options;

namespace ContactsSdk.Cli;

/// <summary>The <c>contacts</c> tool: parses the command line, opens a session and maps failures to exit codes.</summary>
internal static class ContactsCli
{
    /// <summary>Runs the tool with <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = BuildRoot(output, error);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync($"contacts: {parseError.Message}");
            }

            await error.WriteLineAsync("Run 'contacts --help' for usage.");
            return CliExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
    }

    private static RootCommand BuildRoot(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Manage and sync contacts in Ecwid, Wix and AgentClara. Try: contacts --demo sync ecwid agentclara");
        root.Options.Add(CliOptions.Demo);
        root.Options.Add(CliOptions.Json);
        root.Options.Add(CliOptions.Config);
        foreach (var command in new[]
        {
            ListCommand.Create(), GetCommand.Create(), ExportCommand.Create(), ImportCommand.Create(), ChangesCommand.Create(), SyncCommand.Create(),
        })
        {
            root.Subcommands.Add(command.Command);
            command.Command.SetAction((parse, ct) => RunCommandAsync(parse, output, error, command.RunAsync, ct));
        }

        return root;
    }

    private static async Task<int> RunCommandAsync(
        ParseResult parse, TextWriter output, TextWriter error, Func<ParseResult, CliSession, CancellationToken, Task<int>> run, CancellationToken cancellationToken)
    {
        try
        {
            await using var session = CliSession.Open(parse, output, error);
            return await run(parse, session, cancellationToken);
        }
        catch (Exception ex)
        {
            var (code, message) = Classify(ex, cancellationToken);
            await error.WriteLineAsync($"contacts: {message}");
            return code;
        }
    }

    // Exception messages of the SDK carry no secrets and no contact data, so they are shown as they are.
    private static (int Code, string Message) Classify(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => (CliExitCodes.Cancelled, "cancelled."),
        CliUsageException or ArgumentException => (CliExitCodes.Usage, ex.Message),
        CliConfigurationException or OptionsValidationException or ContactsAuthenticationException => (CliExitCodes.Configuration, ex.Message),
        ContactNotFoundException => (CliExitCodes.NotFound, ex.Message),
        ContactsException => (CliExitCodes.VendorError, ex.Message),
        IOException or UnauthorizedAccessException => (CliExitCodes.Unexpected, ex.Message),
        _ => (CliExitCodes.Unexpected, $"unexpected {ex.GetType().Name}: {ex.Message}"),
    };
}
