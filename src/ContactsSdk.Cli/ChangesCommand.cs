using System.CommandLine;
using System.Text.Json;
using ContactsSdk.Sync;

namespace ContactsSdk.Cli;

/// <summary>
/// <c>contacts changes VENDOR [--since CHECKPOINT]</c>: the contacts changed since a checkpoint, then the checkpoint to pass
/// next time. Reads through <see cref="ISyncChangeSource"/> — today the listing by update time (no deletes); the vendor change
/// feed plugs in behind the same seam.
/// </summary>
internal static class ChangesCommand
{
    private static readonly Argument<string> Vendor = CliOptions.Vendor();
    private static readonly Option<string?> Since = new("--since") { Description = "The checkpoint the previous call printed (default: everything)." };

    public static CliCommand Create() => new(new Command("changes", "List contacts changed since a checkpoint.") { Vendor, Since }, RunAsync);

    /// <summary>The change source the command reads; the one place to point at the vendor change feed.</summary>
    internal static ISyncChangeSource SourceFor(IContactsClient client) => new ListingSyncChangeSource(client);

    private static async Task<int> RunAsync(ParseResult parse, CliSession session, CancellationToken cancellationToken)
    {
        var client = session.Client(parse.GetValue(Vendor)!);
        var since = parse.GetValue(Since);
        var checkpoint = since;
        var count = 0;
        await foreach (var change in SourceFor(client).GetChangesAsync(since, cancellationToken))
        {
            count++;
            checkpoint = change.Checkpoint ?? checkpoint;
            var kind = change.IsDeleted ? "deleted" : "changed";
            await session.Output.WriteLineAsync(session.Json
                ? JsonSerializer.Serialize(new ChangeRow(change.ContactId, kind, null), CliJsonContext.Default.ChangeRow)
                : $"{kind}\t{change.ContactId}");
        }

        await session.Output.WriteLineAsync(session.Json
            ? JsonSerializer.Serialize(new ChangeRow(null, null, checkpoint), CliJsonContext.Default.ChangeRow)
            : $"checkpoint\t{checkpoint}");
        await session.Error.WriteLineAsync($"contacts: {count} change(s) in {client.Vendor}.");
        return CliExitCodes.Success;
    }
}
