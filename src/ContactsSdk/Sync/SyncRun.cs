using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ContactsSdk.Errors;

namespace ContactsSdk.Sync;

/// <summary>
/// One execution of a <see cref="ContactsSync"/>: retries the recorded failures, streams the source (whole listing or
/// changes) through a bounded number of workers, and tallies what happened. Each contact's outcome is saved to the state
/// store before the worker takes the next, which is what makes a crashed run resume without a duplicate or a gap.
/// </summary>
internal sealed partial class SyncRun : IDisposable
{
    /// <summary>The fingerprint of a link whose source contact was deleted and handled, so it is handled once.</summary>
    internal const string DeletedFingerprint = "deleted";

    // Two source contacts with the same email must not both create on a target that does not refuse duplicates: work on one
    // match key at a time. Striped, so memory does not grow with the number of contacts.
    private const int KeyStripes = 64;

    private readonly ContactsSync _sync;
    private readonly ContactsSyncMode _mode;
    private readonly bool _dryRun;
    private readonly IProgress<ContactsSyncProgress>? _progress;
    private readonly SyncTally _tally;
    private readonly long _startedAt;
    private readonly SemaphoreSlim[] _keyLocks = [.. Enumerable.Range(0, KeyStripes).Select(_ => new SemaphoreSlim(1, 1))];
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
    private HashSet<string> _failed = [];
    private long? _total;

    public SyncRun(ContactsSync sync, ContactsSyncMode mode, bool dryRun, IProgress<ContactsSyncProgress>? progress)
    {
        _sync = sync;
        _mode = mode;
        _dryRun = dryRun;
        _progress = progress;
        _tally = new SyncTally(sync.Options.MaxReportedItems);
        _startedAt = Clock.GetTimestamp();
    }

    private TimeProvider Clock => _sync.Options.TimeProvider;

    private IContactsClient Target => _sync.Target;

    private ISyncStateStore Store => _sync.StateStore;

    public async Task<ContactsSyncResult> ExecuteAsync(CancellationToken cancellationToken)
    {
        _failed = [.. await Store.GetFailedAsync(cancellationToken).ConfigureAwait(false)];
        await RetryFailedAsync(cancellationToken).ConfigureAwait(false);
        string? checkpoint = null;
        if (_mode == ContactsSyncMode.Full)
        {
            await ForEachAsync(FullListingAsync(cancellationToken), ProcessAsync, cancellationToken).ConfigureAwait(false);
            await HandleVanishedAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            checkpoint = await RunIncrementalAsync(cancellationToken).ConfigureAwait(false);
        }

        return _tally.ToResult(_mode, _dryRun, checkpoint, Clock.GetElapsedTime(_startedAt));
    }

    public void Dispose()
    {
        foreach (var gate in _keyLocks)
        {
            gate.Dispose();
        }
    }

    private async Task RetryFailedAsync(CancellationToken cancellationToken)
    {
        foreach (var sourceId in _failed.ToList())
        {
            _seen[sourceId] = 0;
            var contact = await GuardAsync(sourceId, ct => _sync.Source.TryGetAsync(sourceId, ct), cancellationToken).ConfigureAwait(false);
            if (contact.Failed)
            {
                continue;
            }

            await (contact.Value is null ? HandleDeletedAsync(sourceId, cancellationToken) : ProcessAsync(contact.Value, cancellationToken)).ConfigureAwait(false);
        }
    }

    private async Task<string?> RunIncrementalAsync(CancellationToken cancellationToken)
    {
        var source = _sync.Options.ChangeSource ?? new ChangeFeedSyncChangeSource(_sync.Source);
        var since = await Store.GetCheckpointAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ReadChangesAsync(source, since, resync: false, cancellationToken).ConfigureAwait(false);
        }
        catch (ContactsResyncRequiredException)
        {
            // The checkpoint reaches back further than the source keeps deletes (Ecwid, 180 days): read everything again
            // through the same source and treat a link whose contact it did not see as deleted, as a full run does.
            var checkpoint = await ReadChangesAsync(source, null, resync: true, cancellationToken).ConfigureAwait(false);
            await HandleVanishedAsync(cancellationToken).ConfigureAwait(false);
            return checkpoint;
        }
    }

    private async Task<string?> ReadChangesAsync(ISyncChangeSource source, string? since, bool resync, CancellationToken cancellationToken)
    {
        string? last = null;
        await ForEachAsync(ChangesAsync(cancellationToken), HandleChangeAsync, cancellationToken).ConfigureAwait(false);

        // Saved only once every change before it has completed: a crash re-reads from the old checkpoint, and re-reading an
        // unchanged contact costs nothing.
        if (!_dryRun && last is not null && last != since)
        {
            await Store.SaveCheckpointAsync(last, cancellationToken).ConfigureAwait(false);
        }

        return last ?? since;

        async IAsyncEnumerable<SyncSourceChange> ChangesAsync([EnumeratorCancellation] CancellationToken ct = default)
        {
            await foreach (var change in source.GetChangesAsync(since, ct).ConfigureAwait(false))
            {
                last = change.Checkpoint ?? last;
                if (!change.MovesCheckpointOnly && Claim(change, resync))
                {
                    yield return change;
                }
            }
        }
    }

    // Each contact is handled once a run (a failure retried at the start counts); a resync also remembers what it read, so
    // the links it did not see can be told apart.
    private bool Claim(SyncSourceChange change, bool resync)
        => resync && !change.IsDeleted ? _seen.TryAdd(change.ContactId, 0) : !_seen.ContainsKey(change.ContactId);

    private async Task HandleChangeAsync(SyncSourceChange change, CancellationToken cancellationToken)
    {
        if (change.IsDeleted)
        {
            await HandleDeletedAsync(change.ContactId, cancellationToken).ConfigureAwait(false);
            return;
        }

        var contact = change.Contact;
        if (contact is null)
        {
            var read = await GuardAsync(change.ContactId, ct => _sync.Source.TryGetAsync(change.ContactId, ct), cancellationToken).ConfigureAwait(false);
            if (read.Failed)
            {
                return;
            }

            contact = read.Value;
        }

        await (contact is null ? HandleDeletedAsync(change.ContactId, cancellationToken) : ProcessAsync(contact, cancellationToken)).ConfigureAwait(false);
    }

    private async IAsyncEnumerable<Contact> FullListingAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in _sync.Source.ListAsync(null, cancellationToken).AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            _total ??= page.Total;
            foreach (var contact in page.Items)
            {
                if (_seen.TryAdd(contact.Id, 0))
                {
                    yield return contact;
                }
            }
        }
    }

    private async Task ForEachAsync<T>(IAsyncEnumerable<T> items, Func<T, CancellationToken, Task> body, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = _sync.Options.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(items, options, async (item, ct) => await body(item, ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private async Task ProcessAsync(Contact listed, CancellationToken cancellationToken)
    {
        var loaded = await GuardAsync(listed.Id, ct => WithCustomFieldsAsync(listed, ct), cancellationToken).ConfigureAwait(false);
        if (loaded.Failed)
        {
            return;
        }

        var contact = loaded.Value;
        var mapping = SyncMapper.Map(contact, Target.Vendor, Target.Capabilities, _sync.Options);
        if (mapping.SkipReason is { } reason)
        {
            Record(new SyncItem(contact.Id, null, SyncItemAction.Skip, reason, mapping.NotCopied), writes: 0);
            await ClearFailureAsync(contact.Id, cancellationToken).ConfigureAwait(false);
            return;
        }

        var (email, phone) = ContactsUpsertExtensions.KeysOf(mapping.Draft);
        var gate = _keyLocks[(uint)StringComparer.Ordinal.GetHashCode(ContactMatchKeys.Email(email) ?? ContactMatchKeys.Phone(phone) ?? contact.Id) % KeyStripes];
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var outcome = await GuardAsync(contact.Id, ct => SyncOneAsync(contact, mapping, email, phone, ct), cancellationToken).ConfigureAwait(false);
            if (!outcome.Failed)
            {
                Record(outcome.Value.Item, outcome.Value.Writes);
                await ClearFailureAsync(contact.Id, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    // Listings may leave custom fields out (AgentClara, Wix): read the contact when they matter to the target.
    private async Task<Contact> WithCustomFieldsAsync(Contact contact, CancellationToken cancellationToken)
        => contact.CustomFieldsLoaded || !(Target.Capabilities.SupportsCustomFields || _sync.Options.MapCustomFields is not null)
            ? contact
            : await _sync.Source.GetAsync(contact.Id, cancellationToken).ConfigureAwait(false);

    private async Task<(SyncItem Item, int Writes)> SyncOneAsync(Contact contact, SyncMapping mapping, string? email, string? phone, CancellationToken cancellationToken)
    {
        var link = await Store.GetLinkAsync(contact.Id, cancellationToken).ConfigureAwait(false);
        if (link is not null && link.Fingerprint == mapping.Fingerprint)
        {
            return (new SyncItem(contact.Id, link.TargetId, SyncItemAction.Unchanged, "unchanged since the last run", mapping.NotCopied), 0);
        }

        var (existing, how) = await MatchAsync(link, email, phone, cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return await CreateAsync(contact, mapping, email, phone, link is null ? "no match on the target" : "the linked contact is gone", cancellationToken).ConfigureAwait(false);
        }

        return await UpdateAsync(contact, mapping, existing, how, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(Contact? Contact, string How)> MatchAsync(SyncLink? link, string? email, string? phone, CancellationToken cancellationToken)
    {
        if (link is not null && await Target.TryGetAsync(link.TargetId, cancellationToken).ConfigureAwait(false) is { } linked)
        {
            return (linked, "linked");
        }

        var match = await ContactsUpsertExtensions.FindMatchAsync(Target, email, phone, cancellationToken).ConfigureAwait(false);
        return match is null ? (null, string.Empty) : (match, email is not null ? "matched by email" : "matched by phone");
    }

    private async Task<(SyncItem Item, int Writes)> CreateAsync(
        Contact contact, SyncMapping mapping, string? email, string? phone, string reason, CancellationToken cancellationToken)
    {
        if (_dryRun)
        {
            return (new SyncItem(contact.Id, null, SyncItemAction.Create, reason, mapping.NotCopied), 0);
        }

        Contact created;
        try
        {
            created = await Target.CreateAsync(mapping.Draft, cancellationToken).ConfigureAwait(false);
        }
        catch (ContactConflictException conflict)
        {
            // Another writer stored the email between our lookup and our create: sync onto theirs.
            var holder = conflict.DuplicateContactId is { } id
                ? await Target.TryGetAsync(id, cancellationToken).ConfigureAwait(false)
                : (await MatchAsync(null, email, phone, cancellationToken).ConfigureAwait(false)).Contact;
            if (holder is null)
            {
                throw;
            }

            return await UpdateAsync(contact, mapping, holder, "matched after a conflict", cancellationToken).ConfigureAwait(false);
        }

        await Store.SaveLinkAsync(new SyncLink(contact.Id, created.Id, mapping.Fingerprint), cancellationToken).ConfigureAwait(false);
        return (new SyncItem(contact.Id, created.Id, SyncItemAction.Create, reason, mapping.NotCopied), 1);
    }

    private async Task<(SyncItem Item, int Writes)> UpdateAsync(
        Contact contact, SyncMapping mapping, Contact existing, string how, CancellationToken cancellationToken)
    {
        var loaded = await ContactReconciler.LoadedForAsync(Target, existing, mapping.Draft, cancellationToken).ConfigureAwait(false);
        var plan = ContactReconciler.Plan(loaded, mapping.Draft, Target.Capabilities);
        var notCopied = mapping.NotCopied.Concat(plan.NotApplied).ToList();
        var action = plan.IsEmpty ? SyncItemAction.Unchanged : SyncItemAction.Update;
        var item = new SyncItem(contact.Id, existing.Id, action, $"{how}; {plan.Describe()}", notCopied);
        if (_dryRun)
        {
            return (item, 0);
        }

        if (!plan.IsEmpty)
        {
            await ContactReconciler.ApplyAsync(Target, loaded, plan, cancellationToken).ConfigureAwait(false);
        }

        await Store.SaveLinkAsync(new SyncLink(contact.Id, existing.Id, mapping.Fingerprint), cancellationToken).ConfigureAwait(false);
        return (item, plan.WriteCount);
    }

    /// <summary>Runs one contact's work; a vendor's refusal or failure is recorded (and retried next run), never thrown.</summary>
    private async Task<(bool Failed, T Value)> GuardAsync<T>(string sourceId, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return (false, await work(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is ContactsException or ArgumentException && !cancellationToken.IsCancellationRequested)
        {
            Record(new SyncItem(sourceId, null, SyncItemAction.Fail, Describe(ex), []), 0);
            if (!_dryRun)
            {
                await Store.MarkFailedAsync(sourceId, cancellationToken).ConfigureAwait(false);
            }

            return (true, default!);
        }
    }

    // Exception messages of the SDK carry no contact data (a project rule), so they are safe to report.
    private static string Describe(Exception ex)
        => ex is ContactsException { StatusCode: { } status } ? $"{ex.GetType().Name} (HTTP {status}): {ex.Message}" : $"{ex.GetType().Name}: {ex.Message}";

    private async Task ClearFailureAsync(string sourceId, CancellationToken cancellationToken)
    {
        bool wasFailed;
        lock (_failed)
        {
            wasFailed = _failed.Remove(sourceId);
        }

        if (wasFailed && !_dryRun)
        {
            await Store.ClearFailedAsync(sourceId, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Record(SyncItem item, int writes)
    {
        var snapshot = _tally.Add(item, writes);
        if (_progress is null)
        {
            return;
        }

        var elapsed = Clock.GetElapsedTime(_startedAt).TotalSeconds;
        var remaining = _total is { } total ? (int?)Math.Max(0, total - snapshot.Done) : null;
        _progress.Report(new ContactsSyncProgress(snapshot.Done, remaining, elapsed > 0 ? snapshot.Done / elapsed : 0, snapshot.Errors));
    }
}
