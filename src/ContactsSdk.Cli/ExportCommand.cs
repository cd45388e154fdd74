using System.CommandLine;

namespace ContactsSdk.Cli;

/// <summary><c>contacts export VENDOR [--format csv|jsonl] [--output FILE]</c>: every contact, streamed page by page.</summary>
internal static class ExportCommand
{
    private static readonly Argument<string> Vendor = CliOptions.Vendor();
    private static readonly Option<string?> Format = new("--format") { Description = "csv or jsonl (default: from the output's extension, else jsonl)." };
    private static readonly Option<FileInfo?> Output = new("--output", "-o") { Description = "The file to write (default: standard output)." };

    public static CliCommand Create() => new(new Command("export", "Export every contact as CSV or JSON Lines.") { Vendor, Format, Output }, RunAsync);

    private static async Task<int> RunAsync(ParseResult parse, CliSession session, CancellationToken cancellationToken)
    {
        var client = session.Client(parse.GetValue(Vendor)!);
        var file = parse.GetValue(Output);
        var format = ContactFiles.FormatOf(parse.GetValue(Format), file?.Name);
        int count;
        if (file is null)
        {
            count = await ContactFiles.WriteAsync(client.ListAsync(null, cancellationToken), format, session.Output, cancellationToken);
        }
        else
        {
            await using var writer = new StreamWriter(file.FullName);
            count = await ContactFiles.WriteAsync(client.ListAsync(null, cancellationToken), format, writer, cancellationToken);
        }

        // The count goes to standard error, so standard output stays pure data.
        await session.Error.WriteLineAsync($"contacts: exported {count} contact(s) from {client.Vendor}.");
        return CliExitCodes.Success;
    }
}
