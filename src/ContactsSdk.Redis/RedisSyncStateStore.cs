using System.Runtime.CompilerServices;
using ContactsSdk.Errors;
using ContactsSdk.Redis.Internal;
using ContactsSdk.Sync;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace ContactsSdk.Redis;

/// <summary>
/// An <see cref="ISyncStateStore"/> in Redis, shared by every app instance that runs the same named sync: links in one hash,
/// failures in one set, the checkpoint in one string, each change one atomic command saved before the call returns. So a
/// sync that crashed in one instance resumes in another without writing any contact twice.
/// </summary>
/// <remarks>
/// It always fails closed: while Redis is unreachable (or does not answer within
/// <see cref="ContactsRedisOptions.OperationTimeout"/>) every call throws <see cref="ContactsUnavailableException"/>, and
/// the sync stops, because a link lost to an in-process fallback would make the next run write its contact again.
/// Get one from <see cref="ISyncStateStoreFactory"/> (registered by <c>UseRedis(...)</c>) or build one over your connection.
/// </remarks>
public sealed class RedisSyncStateStore : ISyncStateStore
{
    /// <summary>The longest sync name, in characters.</summary>
    public const int MaxSyncNameLength = 200;

    /// <summary>How many links one <c>HSCAN</c> call asks for while listing: each page is one bounded call.</summary>
    private const int ScanPageSize = 500;

    private readonly RedisConnection _connection;
    private readonly RedisOutage _outage;
    private readonly RedisKey _links;
    private readonly RedisKey _failed;
    private readonly RedisKey _checkpoint;

    /// <summary>Opens the state of the sync named <paramref name="syncName"/> over the app's own connection.</summary>
    /// <param name="connection">The app's connection; it stays the app's to dispose.</param>
    /// <param name="syncName">The sync's name, one per pair of clients, e.g. <c>ecwid-to-agentclara</c>.</param>
    /// <param name="options">The key prefix and operation timeout; defaults to <see cref="ContactsRedisOptions"/>' defaults.
    /// The <c>…WhenUnavailable</c> options do not apply: this store always fails closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> or <paramref name="syncName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="syncName"/> is blank, longer than <see cref="MaxSyncNameLength"/>
    /// or holds a control character, or an option is out of range.</exception>
    public RedisSyncStateStore(IConnectionMultiplexer connection, string syncName, ContactsRedisOptions? options = null)
        : this(ConnectionOf(connection, options), syncName, Outage(NullLogger.Instance))
    {
    }

    internal RedisSyncStateStore(RedisConnection connection, string syncName, RedisOutage outage)
    {
        SyncName = CheckedName(syncName);
        _connection = connection;
        _outage = outage;

        // The braces are a Redis Cluster hash tag: the three keys of one sync live on one slot.
        var root = $"sync:{{{SyncName}}}:";
        _links = connection.Key(root + "links");
        _failed = connection.Key(root + "failed");
        _checkpoint = connection.Key(root + "checkpoint");
    }

    /// <summary>Gets the sync's name, which the keys are named after.</summary>
    public string SyncName { get; }

    /// <inheritdoc/>
    /// <exception cref="ContactsUnavailableException">Redis is unreachable.</exception>
    /// <exception cref="ContactsException">The stored value is not a link this package wrote.</exception>
    public async Task<SyncLink?> GetLinkAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        var value = await RunAsync(database => database.HashGetAsync(_links, sourceId), cancellationToken).ConfigureAwait(false);
        return value.IsNull ? null : LinkFrom(sourceId, value.ToString());
    }

    /// <inheritdoc/>
    /// <exception cref="ContactsUnavailableException">Redis is unreachable; the link may not be saved.</exception>
    public async Task SaveLinkAsync(SyncLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (string.IsNullOrWhiteSpace(link.SourceId) || string.IsNullOrWhiteSpace(link.TargetId) || string.IsNullOrWhiteSpace(link.Fingerprint))
        {
            // The same rule as the SDK's own stores: a link is only useful whole.
            throw new ArgumentException("A link needs a source id, a target id and a fingerprint.", nameof(link));
        }

        var value = RedisSyncLinkFormat.Write(link);
        await RunAsync(database => database.HashSetAsync(_links, link.SourceId, value), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <exception cref="ContactsUnavailableException">Redis is unreachable.</exception>
    public async Task RemoveLinkAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        await RunAsync(database => database.HashDeleteAsync(_links, sourceId), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>Lists page by page (<c>HSCAN</c>), each page one call within the timeout; a link saved or removed while
    /// listing may or may not be listed, and no link is listed twice.</remarks>
    /// <exception cref="ContactsUnavailableException">Redis is unreachable.</exception>
    public async IAsyncEnumerable<SyncLink> ListLinksAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // HSCAN may return a field twice when the hash is resized mid-scan; ids seen are remembered to list each once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cursor = "0";
        do
        {
            var page = await ScanAsync(cursor, cancellationToken).ConfigureAwait(false);
            cursor = page.Cursor;
            foreach (var (sourceId, value) in page.Entries)
            {
                if (seen.Add(sourceId))
                {
                    yield return LinkFrom(sourceId, value);
                }
            }
        }
        while (cursor != "0");
    }

    /// <inheritdoc/>
    /// <exception cref="ContactsUnavailableException">Redis is unreachable.</exception>
    public async Task<string?> GetCheckpointAsync(CancellationToken cancellationToken = default)
    {
        var value = await RunAsync(database => database.StringGetAsync(_checkpoint), cancellationToken).ConfigureAwait(false);
        return value.IsNull ? null : value.ToString();
    }

    /// <inheritdoc/>
    /// <exception cref="ContactsUnavailableException">Redis is unreachable; the checkpoint may not be saved.</exception>
    public async Task SaveCheckpointAsync(string checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(checkpoint);
        await RunAsync(database => database.StringSetAsync(_checkpoint, checkpoint), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <exception cref="ContactsUnavailableException">Redis is unreachable.</exception>
    public async Task<IReadOnlyCollection<string>> GetFailedAsync(CancellationToken cancellationToken = default)
    {
        var members = await RunAsync(database => database.SetMembersAsync(_failed), cancellationToken).ConfigureAwait(false);
        return [.. members.Select(member => member.ToString())];
    }

    /// <inheritdoc/>
    /// <exception cref="ContactsUnavailableException">Redis is unreachable.</exception>
    public async Task MarkFailedAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        await RunAsync(database => database.SetAddAsync(_failed, sourceId), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <exception cref="ContactsUnavailableException">Redis is unreachable.</exception>
    public async Task ClearFailedAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        await RunAsync(database => database.SetRemoveAsync(_failed, sourceId), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The store's view of an outage: counted and logged like the other parts, and always fail-closed.</summary>
    internal static RedisOutage Outage(Microsoft.Extensions.Logging.ILogger logger)
        => new(RedisCoordination.SyncStateComponent, RedisUnavailableBehavior.FailClosed, logger, "the sync stops and resumes from what was saved");

    internal static string CheckedName(string syncName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(syncName);
        if (syncName.Length > MaxSyncNameLength || syncName.Any(char.IsControl))
        {
            throw new ArgumentException($"A sync name is at most {MaxSyncNameLength} characters, without control characters.", nameof(syncName));
        }

        return syncName;
    }

    private static RedisConnection ConnectionOf(IConnectionMultiplexer connection, ContactsRedisOptions? options)
    {
        ArgumentNullException.ThrowIfNull(connection);
        options ??= new ContactsRedisOptions();
        RedisOptionsChecks.Validate(options, nameof(options));
        return new RedisConnection(connection, options);
    }

    private SyncLink LinkFrom(string sourceId, string value)
        => RedisSyncLinkFormat.Read(sourceId, value)
           ?? throw new ContactsException($"A link of sync '{SyncName}' in Redis is not one this package wrote; remove the field or the key to re-link.");

    private async Task<(string Cursor, List<(string SourceId, string Value)> Entries)> ScanAsync(string cursor, CancellationToken cancellationToken)
    {
        var reply = await RunAsync(
            database => database.ExecuteAsync("HSCAN", _links, cursor, "COUNT", ScanPageSize), cancellationToken).ConfigureAwait(false);
        var parts = (RedisResult[])reply!;
        var flat = (RedisResult[])parts[1]!;
        var entries = new List<(string, string)>(flat.Length / 2);
        for (var i = 0; i + 1 < flat.Length; i += 2)
        {
            entries.Add((flat[i].ToString(), flat[i + 1].ToString()));
        }

        return (parts[0].ToString(), entries);
    }

    private async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _connection.RunAsync(call, cancellationToken).ConfigureAwait(false);
            _outage.OnAvailable();
            return result;
        }
        catch (RedisUnavailableException failure)
        {
            // Fail-closed by construction: this throws ContactsUnavailableException (after the metric and the log).
            _outage.OnUnavailable(failure);
            throw;
        }
    }
}
