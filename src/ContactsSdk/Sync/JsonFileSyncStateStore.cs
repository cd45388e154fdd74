using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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

    private readonly ConcurrentDictionary<string, SyncLink> _links = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _failed = new(StringComparer.Ordinal);
    private readonly Lock _append = new();
    private volatile string? _checkpoint;

    /// <summary>Opens (or starts) the state file at <paramref name="path"/>.</summary>
    /// <param name="path">The file's path; its folder is created if missing.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read or written.</exception>
    public JsonFileSyncStateStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var lines = Load();
        if (lines > _links.Count + _failed.Count + 1 + CompactionSlack)
        {
            Compact();
        }
    }

    /// <summary>Gets the full path of the state file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public Task<SyncLink?> GetLinkAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        return Task.FromResult(_links.TryGetValue(sourceId, out var link) ? link : null);
    }

    /// <inheritdoc/>
    public async Task SaveLinkAsync(SyncLink link, CancellationToken cancellationToken = default)
    {
        SyncStateChecks.Link(link);
        await AppendAsync(Line("link", link.SourceId, link.TargetId, link.Fingerprint), cancellationToken).ConfigureAwait(false);
        _links[link.SourceId] = link;
    }

    /// <inheritdoc/>
    public async Task RemoveLinkAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        await AppendAsync(Line("unlink", sourceId), cancellationToken).ConfigureAwait(false);
        _links.TryRemove(sourceId, out _);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<SyncLink> ListLinksAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var link in _links.Values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return link;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<string?> GetCheckpointAsync(CancellationToken cancellationToken = default) => Task.FromResult(_checkpoint);

    /// <inheritdoc/>
    public async Task SaveCheckpointAsync(string checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        await AppendAsync(Line("checkpoint", checkpoint), cancellationToken).ConfigureAwait(false);
        _checkpoint = checkpoint;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyCollection<string>> GetFailedAsync(CancellationToken cancellationToken = default)
        => Task.FromResult<IReadOnlyCollection<string>>([.. _failed.Keys]);

    /// <inheritdoc/>
    public async Task MarkFailedAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        await AppendAsync(Line("fail", sourceId), cancellationToken).ConfigureAwait(false);
        _failed[sourceId] = 0;
    }

    /// <inheritdoc/>
    public async Task ClearFailedAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        await AppendAsync(Line("ok", sourceId), cancellationToken).ConfigureAwait(false);
        _failed.TryRemove(sourceId, out _);
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

    private void Apply(string? op, string[] values)
    {
        switch (op)
        {
            case "link" when values.Length == 3:
                _links[values[0]] = new SyncLink(values[0], values[1], values[2]);
                break;
            case "unlink" when values.Length == 1:
                _links.TryRemove(values[0], out _);
                break;
            case "checkpoint" when values.Length == 1:
                _checkpoint = values[0];
                break;
            case "fail" when values.Length == 1:
                _failed[values[0]] = 0;
                break;
            case "ok" when values.Length == 1:
                _failed.TryRemove(values[0], out _);
                break;
        }
    }

    // Written beside the file and moved over it, so a crash while compacting leaves the old journal whole.
    private void Compact()
    {
        var temporary = Path + ".tmp";
        var builder = new StringBuilder();
        foreach (var link in _links.Values)
        {
            builder.Append(Line("link", link.SourceId, link.TargetId, link.Fingerprint));
        }

        foreach (var failed in _failed.Keys)
        {
            builder.Append(Line("fail", failed));
        }

        if (_checkpoint is { } checkpoint)
        {
            builder.Append(Line("checkpoint", checkpoint));
        }

        File.WriteAllText(temporary, builder.ToString());
        File.Move(temporary, Path, overwrite: true);
    }
}
