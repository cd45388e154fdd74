using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ContactsSdk.Errors;
using Spectre.Console;

namespace ContactsSdk.Cli;

/// <summary>
/// <c>contacts import VENDOR FILE [--format csv|jsonl]</c>: upserts each row (matched by email, else phone), so importing the
/// same file twice writes nothing the second time. A row that fails is reported and the rest go on; exit code 4 if any failed.
/// </summary>
internal static class ImportCommand
{
    private const int MaxErrorsShown = 20;

    private static readonly Argument<string> Vendor = CliOptions.Vendor();
    private static readonly Argument<FileInfo> File = new("file") { Description = "A CSV or JSON Lines file (as export writes)." };
    private static readonly Option<string?> Format = new("--format") { Description = "csv or jsonl (default: from the file's extension)." };

    public static CliCommand Create() => new(new Command("import", "Create or update contacts from a file.") { Vendor, File, Format }, RunAsync);

    private static async Task<int> RunAsync(ParseResult parse, CliSession session, CancellationToken cancellationToken)
    {
        var client = session.Client(parse.GetValue(Vendor)!);
        var file = parse.GetValue(File)!;
        if (!file.Exists)
        {
            throw new CliUsageException($"The file {file.FullName} does not exist.");
        }

        var format = ContactFiles.FormatOf(parse.GetValue(Format), file.Name);
        int created = 0, updated = 0, unchanged = 0, failed = 0, row = 0;
        var errors = new List<string>();
        using var reader = new StreamReader(file.FullName);
        await foreach (var contact in ContactFiles.ReadAsync(reader, format, cancellationToken))
        {
            row++;
            try
            {
                var result = await client.UpsertAsync(contact.ToDraft(), cancellationToken);
                _ = result.Outcome switch
                {
                    ContactUpsertOutcome.Created => created++,
                    ContactUpsertOutcome.Updated => updated++,
                    _ => unchanged++,
                };
            }
            catch (Exception ex) when (ex is ContactsException or ArgumentException && !cancellationToken.IsCancellationRequested)
            {
                failed++;
                if (errors.Count < MaxErrorsShown)
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"row {row}: {ex.Message}"));
                }
            }
        }

        var summary = new ImportSummary(created, updated, unchanged, failed, errors);
        await WriteAsync(session, summary);
        return failed > 0 ? CliExitCodes.PartialFailure : CliExitCodes.Success;
    }

    private static async Task WriteAsync(CliSession session, ImportSummary summary)
    {
        if (session.Json)
        {
            await session.Output.WriteLineAsync(JsonSerializer.Serialize(summary, CliJsonContext.Default.ImportSummary));
            return;
        }

        var table = new Table().AddColumns("Created", "Updated", "Unchanged", "Failed");
        table.AddRow($"{summary.Created}", $"{summary.Updated}", $"{summary.Unchanged}", $"{summary.Failed}");
        var console = CliConsole.Create(session.Output, interactive: false);
        console.Write(table);
        foreach (var error in summary.Errors)
        {
            await session.Error.WriteLineAsync($"contacts: {error}");
        }
    }
}
