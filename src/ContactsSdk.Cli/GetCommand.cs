using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace ContactsSdk.Cli;

/// <summary><c>contacts get VENDOR ID</c>: one contact with every channel; exit code 3 when there is none.</summary>
internal static class GetCommand
{
    private static readonly Argument<string> Vendor = CliOptions.Vendor();
    private static readonly Argument<string> Id = new("id") { Description = "The contact's id in that vendor." };

    public static CliCommand Create() => new(new Command("get", "Show one contact.") { Vendor, Id }, RunAsync);

    private static async Task<int> RunAsync(ParseResult parse, CliSession session, CancellationToken cancellationToken)
    {
        var client = session.Client(parse.GetValue(Vendor)!);
        var id = parse.GetValue(Id)!;
        var contact = await client.TryGetAsync(id, cancellationToken);
        if (contact is null)
        {
            await session.Error.WriteLineAsync($"contacts: no contact {id} in {client.Vendor}.");
            return CliExitCodes.NotFound;
        }

        if (session.Json)
        {
            await session.Output.WriteLineAsync(JsonSerializer.Serialize(ContactRow.From(contact), CliJsonContext.Default.ContactRow));
            return CliExitCodes.Success;
        }

        var grid = new Table().AddColumns("Field", "Value");
        grid.AddRow("Id", Markup.Escape(contact.Id));
        grid.AddRow("Name", Markup.Escape(contact.Name.Full ?? string.Empty));
        foreach (var channel in contact.Channels)
        {
            grid.AddRow(Markup.Escape(channel.Kind.ToString()), Markup.Escape(channel.Value + (channel.IsPrimary ? " (primary)" : string.Empty)));
        }

        grid.AddRow("Tags", Markup.Escape(string.Join(", ", contact.Tags)));
        grid.AddRow("Company", Markup.Escape(contact.Company ?? string.Empty));
        grid.AddRow("Job title", Markup.Escape(contact.JobTitle ?? string.Empty));
        foreach (var (key, value) in contact.CustomFields)
        {
            grid.AddRow(Markup.Escape(key), Markup.Escape(value.ToString()));
        }

        CliConsole.Create(session.Output, interactive: false).Write(grid);
        return CliExitCodes.Success;
    }
}
