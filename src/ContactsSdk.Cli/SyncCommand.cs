using System.CommandLine;
using System.Text.Json;
using ContactsSdk.Sync;
using Spectre.Console;

namespace ContactsSdk.Cli;

/// <summary>
/// <c>contacts sync SOURCE TARGET [--dry-run] [--incremental] [--marker-tag T] [--on-delete ignore|tag|delete] [--state FILE]
/// [--concurrency N]</c>: a one-way <see cref="ContactsSync"/>, resumable through a state file, with a progress bar on a
/// terminal and a summary table (or the result as JSON). Exit code 4 when some contacts failed (they are retried next run).
/// </summary>
internal static class SyncCommand
{
    private const int MaxRowsShown = 50;

    private static readonly Argument<string> Source = CliOptions.Vendor("source", "The vendor to read: ecwid, wix or agentclara");
    private static readonly Argument<string> Target = CliOptions.Vendor("target", "The vendor to write: ecwid, wix or agentclara");
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Print the plan (create / update / skip, with reasons) and write nothing." };
    private static readonly Option<bool> Incremental = new("--incremental") { Description = "Only what changed since the last incremental run." };
    private static readonly Option<string?> Marker = new("--marker-tag") { Description = "A tag added to every contact written (targets with tags)." };
    private static readonly Option<SyncDeleteBehavior> OnDelete = new("--on-delete") { Description = "What to do with contacts deleted in the source: Ignore, Tag or Delete." };
    private static readonly Option<FileInfo?> State = new("--state") { Description = "The state file (links, checkpoint, failures). Default: .contacts-sync/SOURCE-TARGET.jsonl; in memory with --demo." };
    private static readonly Option<int> Concurrency = new("--concurrency") { Description = "Contacts in flight at once.", DefaultValueFactory = _ => 4 };

    public static CliCommand Create()
        => new(new Command("sync", "Copy contacts one way from SOURCE to TARGET.") { Source, Target, DryRun, Incremental, Marker, OnDelete, State, Concurrency }, RunAsync);

    private static async Task<int> RunAsync(ParseResult parse, CliSession session, CancellationToken cancellationToken)
    {
        var sourceName = parse.GetValue(Source)!;
        var targetName = parse.GetValue(Target)!;
        if (string.Equals(sourceName, targetName, StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException("The source and the target must be different vendors.");
        }

        var sync = new ContactsSync(session.Client(sourceName), session.Client(targetName), StoreFor(parse, session, sourceName, targetName), new ContactsSyncOptions
        {
            MarkerTag = parse.GetValue(Marker),
            DeletedInSource = parse.GetValue(OnDelete),
            MaxConcurrency = parse.GetValue(Concurrency) is var n and >= 1 ? n : throw new CliUsageException("--concurrency must be at least 1."),
        });
        var mode = parse.GetValue(Incremental) ? ContactsSyncMode.Incremental : ContactsSyncMode.Full;
        var dryRun = parse.GetValue(DryRun);
        var result = await RunWithProgressAsync(session, sync, mode, dryRun, cancellationToken);
        await WriteAsync(session, result);
        return result.Failed > 0 ? CliExitCodes.PartialFailure : CliExitCodes.Success;
    }

    private static ISyncStateStore StoreFor(ParseResult parse, CliSession session, string source, string target)
    {
        if (parse.GetValue(State) is { } file)
        {
            return new JsonFileSyncStateStore(file.FullName);
        }

        // The demo's fakes live only as long as this process, so a state file would point at contacts that no longer exist.
        return session.IsDemo
            ? new InMemorySyncStateStore()
            : new JsonFileSyncStateStore(Path.Combine(".contacts-sync", $"{source.ToLowerInvariant()}-{target.ToLowerInvariant()}.jsonl"));
    }

    private static async Task<ContactsSyncResult> RunWithProgressAsync(
        CliSession session, ContactsSync sync, ContactsSyncMode mode, bool dryRun, CancellationToken cancellationToken)
    {
        Task<ContactsSyncResult> Run(IProgress<ContactsSyncProgress>? progress)
            => dryRun ? sync.PlanAsync(mode, progress, cancellationToken) : sync.RunAsync(mode, progress, cancellationToken);

        if (session.Json || !CliConsole.IsTerminal(session.Output))
        {
            return await Run(null);
        }

        var console = CliConsole.Create(session.Output, interactive: true);
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(dryRun ? "Planning" : "Syncing", maxValue: 1);
                var progress = new Progress<ContactsSyncProgress>(report =>
                {
                    task.MaxValue = Math.Max(1, report.Done + (report.Remaining ?? 1));
                    task.Value = report.Done;
                    task.Description = $"{(dryRun ? "Planning" : "Syncing")} {report.Done} ({report.RatePerSecond:0.#}/s, {report.Errors} errors)";
                });
                var result = await Run(progress);
                task.Value = task.MaxValue;
                return result;
            });
    }

    private static async Task WriteAsync(CliSession session, ContactsSyncResult result)
    {
        if (session.Json)
        {
            await session.Output.WriteLineAsync(JsonSerializer.Serialize(result, CliJsonContext.Default.ContactsSyncResult));
            return;
        }

        var console = CliConsole.Create(session.Output, interactive: false);
        var summary = new Table().Title(result.IsDryRun ? "Sync plan (dry run: nothing written)" : "Sync summary")
            .AddColumns("Created", "Updated", "Unchanged", "Skipped", "Deleted", "Failed", "Writes");
        summary.AddRow($"{result.Created}", $"{result.Updated}", $"{result.Unchanged}", $"{result.Skipped}", $"{result.Deleted}", $"{result.Failed}", $"{result.Writes}");
        console.Write(summary);
        if (result.Items.Count == 0)
        {
            return;
        }

        var items = new Table().AddColumns("Source id", "Target id", "Action", "Reason", "Not copied");
        foreach (var item in result.Items.Take(MaxRowsShown))
        {
            items.AddRow(
                Markup.Escape(item.SourceId), Markup.Escape(item.TargetId ?? string.Empty), item.Action.ToString(),
                Markup.Escape(item.Reason), Markup.Escape(string.Join("; ", item.NotCopied)));
        }

        console.Write(items);
        if (result.Items.Count > MaxRowsShown)
        {
            console.WriteLine($"… and {result.Items.Count - MaxRowsShown} more (use --json for all).");
        }
    }
}
