using System.CommandLine;
using System.Text.Json;
using ContactsSdk.Changes;

namespace ContactsSdk.Cli;

/// <summary>
/// <c>contacts changes VENDOR [--since CHECKPOINT]</c>: the contacts created, updated, deleted or merged since a checkpoint
/// (the vendor's change feed), then the checkpoint to pass next time — which moves on even when nothing changed.
/// </summary>
internal static class ChangesCommand
{
    private static readonly Argument<string> Vendor = CliOptions.Vendor();
    private static readonly Option<string?> Since = new("--since") { Description = "The checkpoint the previous call printed (default: everything)." };

    public static CliCommand Create() => new(new Command("changes", "List contacts changed since a checkpoint.") { Vendor, Since }, RunAsync);

    private static async Task<int> RunAsync(ParseResult parse, CliSession session, CancellationToken cancellationToken)
    {
        var client = session.Client(parse.GetValue(Vendor)!);
        var feed = client.GetChangesAsync(ParseSince(parse.GetValue(Since)), cancellationToken: cancellationToken);
        var count = 0;
        await foreach (var change in feed)
        {
            count++;
            await session.Output.WriteLineAsync(session.Json
                ? JsonSerializer.Serialize(new ChangeRow(change.ContactId, change.Kind.ToString(), null), CliJsonContext.Default.ChangeRow)
                : $"{change.Kind}\t{change.ContactId}");
        }

        var checkpoint = feed.Checkpoint?.ToString();
        await session.Output.WriteLineAsync(session.Json
            ? JsonSerializer.Serialize(new ChangeRow(null, null, checkpoint), CliJsonContext.Default.ChangeRow)
            : $"checkpoint\t{checkpoint}");
        await session.Error.WriteLineAsync($"contacts: {count} change(s) in {client.Vendor}.");
        return CliExitCodes.Success;
    }

    private static ChangeFeedCheckpoint? ParseSince(string? since)
        => since is null ? null
            : ChangeFeedCheckpoint.TryParse(since, out var checkpoint) ? checkpoint
            : throw new CliUsageException("--since is not a checkpoint this tool printed; leave it out to read everything.");
}
