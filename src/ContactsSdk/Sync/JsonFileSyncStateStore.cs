using System.Text;
using System.Text.Json;

namespace ContactsSdk.Sync;

/// <summary>
/// An <see cref="ISyncStateStore"/> in one local file, for tools and single-machine jobs (the <c>contacts</c> tool uses it).
/// Every change is appended as one JSON line and handed to the operating system before the call returns, so a crashed
/// process resumes from the last completed contact; the file is compacted when it is opened. It holds ids, fingerprints
/// and the checkpoint only — no contact data. One process at a time may use a file.
/// </summary>
public sealed class JsonFileSyncStateStore : ISyncStateStore
{
    /// <summary>How many superseded lines the journal may hold, beyond the live state, before it is compacted on open.</summary>
    private const int CompactionSlack = 1_000;

    // The live state is an in-memory store; this class adds the journal that rebuilds it.
    private readonly InMemorySyncStateStore _state = new();
    private readonly Lock _append = new();

    /// <summary>Opens (or starts) the state file at <paramref name="path"/>.</summary>
    /// <param name="path">The file's path; its folder is created if missing.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read or written.</exception>
    public JsonFileSyncStateStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(Path))
        {
            // Otherwise the first save of a sync fails with an IOException long after the store was accepted.
            throw new ArgumentException("The sync state path names a folder; give the path of a file inside it.", nameof(path));
        }

        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var lines = Load();
        if (lines > _state.LinkCount + _state.FailedCount + 1 + CompactionSlack)
        {
            Compact();
        }
    }

    /// <summary>Gets the full path of the state file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public Task<SyncLink?> GetLinkAsync(string sourceId, CancellationToken cancellationToken = default)
        => _state.GetLinkAsync(sourceId, cancellationToken);

    /// <inheritdoc/>
    public async Task SaveLinkAsync(SyncLink link, CancellationToken cancellationToken = default)
    {
        SyncStateChecks.Link(link);
        await AppendAsync(Line("link", link.SourceId, link.TargetId, link.Fingerprint), cancellationToken).ConfigureAwait(false);
        await _state.SaveLinkAsync(link, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task RemoveLinkAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        await AppendAsync(Line("unlink", sourceId), cancellationToken).ConfigureAwait(false);
        await _state.RemoveLinkAsync(sourceId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<SyncLink> ListLinksAsync(CancellationToken cancellationToken = default) => _state.ListLinksAsync(cancellationToken);

    /// <inheritdoc/>
    public Task<string?> GetCheckpointAsync(CancellationToken cancellationToken = default) => _state.GetCheckpointAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task SaveCheckpointAsync(string checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        await AppendAsync(Line("checkpoint", checkpoint), cancellationToken).ConfigureAwait(false);
        await _state.SaveCheckpointAsync(checkpoint, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyCollection<string>> GetFailedAsync(CancellationToken cancellationToken = default) => _state.GetFailedAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task MarkFailedAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        await AppendAsync(Line("fail", sourceId), cancellationToken).ConfigureAwait(false);
        await _state.MarkFailedAsync(sourceId, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task ClearFailedAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        await AppendAsync(Line("ok", sourceId), cancellationToken).ConfigureAwait(false);
        await _state.ClearFailedAsync(sourceId, cancellationToken).ConfigureAwait(false);
    }

    private static string Line(string op, params string[] values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("op", op);
            writer.WriteStartArray("v");
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    // Appends are small and serialised: one line per completed contact, written through before the caller moves on.
    private Task AppendAsync(string line, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_append)
        {
            File.AppendAllText(Path, line);
        }

        return Task.CompletedTask;
    }

    private int Load()
    {
        if (!File.Exists(Path))
        {
            return 0;
        }

        var count = 0;
        foreach (var line in File.ReadLines(Path))
        {
            count++;
            Replay(line);
        }

        return count;
    }

    // A line cut short by a crash (the last one) is skipped: the change it held was never confirmed to the caller.
    private void Replay(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var op = document.RootElement.GetProperty("op").GetString();
            var values = document.RootElement.GetProperty("v").EnumerateArray().Select(value => value.GetString() ?? string.Empty).ToArray();
            Apply(op, values);
        }
        catch (JsonException)
        {
        }
        catch (KeyNotFoundException)
        {
        }
        catch (InvalidOperationException)
        {
        }
    }

    // The in-memory store completes synchronously, so replaying through it while opening is safe.
    private void Apply(string? op, string[] values)
    {
        var applied = (op, values.Length) switch
        {
            ("link", 3) => _state.SaveLinkAsync(new SyncLink(values[0], values[1], values[2])),
            ("unlink", 1) => _state.RemoveLinkAsync(values[0]),
            ("checkpoint", 1) => _state.SaveCheckpointAsync(values[0]),
            ("fail", 1) => _state.MarkFailedAsync(values[0]),
            ("ok", 1) => _state.ClearFailedAsync(values[0]),
            _ => Task.CompletedTask,
        };
        applied.GetAwaiter().GetResult();
    }

    // Written beside the file and moved over it, so a crash while compacting leaves the old journal whole.
    private void Compact()
    {
        var temporary = Path + ".tmp";
        var builder = new StringBuilder();
        foreach (var link in _state.Links)
        {
            builder.Append(Line("link", link.SourceId, link.TargetId, link.Fingerprint));
        }

        foreach (var failed in _state.Failed)
        {
            builder.Append(Line("fail", failed));
        }

        if (_state.Checkpoint is { } checkpoint)
        {
            builder.Append(Line("checkpoint", checkpoint));
        }

        File.WriteAllText(temporary, builder.ToString());
        File.Move(temporary, Path, overwrite: true);
    }
}
