using System.CommandLine;
using System.Text.Json;

namespace ContactsSdk.Cli;

/// <summary><c>contacts list VENDOR [--tag T] [--search S] [--max N]</c>: a table, or JSON Lines with --json (streamed).</summary>
internal static class ListCommand
{
    private static readonly Argument<string> Vendor = CliOptions.Vendor();
    private static readonly Option<string?> Tag = new("--tag") { Description = "Only contacts with this tag." };
    private static readonly Option<string?> Search = new("--search") { Description = "The vendor's text search." };
    private static readonly Option<int?> Max = new("--max") { Description = "At most this many contacts (default 50 in a table, all with --json)." };

    public static CliCommand Create()
    {
        var command = new Command("list", "List contacts.") { Vendor, Tag, Search, Max };
        return new CliCommand(command, RunAsync);
    }

    private static async Task<int> RunAsync(ParseResult parse, CliSession session, CancellationToken cancellationToken)
    {
        var client = session.Client(parse.GetValue(Vendor)!);
        var max = parse.GetValue(Max) ?? (session.Json ? null : 50);
        if (max is < 1)
        {
            throw new CliUsageException("--max must be at least 1.");
        }

        var query = new ContactQuery { Tag = parse.GetValue(Tag), Search = parse.GetValue(Search), MaxItems = max };
        if (session.Json)
        {
            await foreach (var contact in client.ListAsync(query, cancellationToken))
            {
                await session.Output.WriteLineAsync(JsonSerializer.Serialize(ContactRow.From(contact, details: false), CliJsonContext.Default.ContactRow));
            }

            return CliExitCodes.Success;
        }

        var table = ContactTable.Create();
        await foreach (var contact in client.ListAsync(query, cancellationToken))
        {
            ContactTable.Add(table, contact);
        }

        CliConsole.Create(session.Output, interactive: false).Write(table);
        return CliExitCodes.Success;
    }
}
