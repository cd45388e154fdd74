using Spectre.Console;

namespace ContactsSdk.Cli;

/// <summary>Tables of contacts for people (scripts use --json).</summary>
internal static class ContactTable
{
    public static Table Create() => new Table().AddColumns("Id", "Name", "Email", "Phone", "Tags");

    public static void Add(Table table, Contact contact)
        => table.AddRow(
            Markup.Escape(contact.Id),
            Markup.Escape(contact.Name.Full ?? string.Empty),
            Markup.Escape(contact.PrimaryEmail ?? string.Empty),
            Markup.Escape(contact.PrimaryPhone ?? string.Empty),
            Markup.Escape(string.Join(", ", contact.Tags)));
}
