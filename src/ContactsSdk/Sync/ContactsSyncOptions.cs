using System.Text.Json;

namespace ContactsSdk.Sync;

/// <summary>How a <see cref="ContactsSync"/> maps, paces and reports.</summary>
public sealed class ContactsSyncOptions
{
    /// <summary>Gets or sets a tag added to every contact the sync writes on a target that holds tags (e.g. "from-ecwid").</summary>
    /// <value>Defaults to null: no marker.</value>
    public string? MarkerTag { get; set; }

    /// <summary>Gets or sets what happens on the target when a synced contact is deleted in the source.</summary>
    /// <value>Defaults to <see cref="SyncDeleteBehavior.Ignore"/>.</value>
    public SyncDeleteBehavior DeletedInSource { get; set; } = SyncDeleteBehavior.Ignore;

    /// <summary>Gets or sets the tag <see cref="SyncDeleteBehavior.Tag"/> adds.</summary>
    /// <value>Defaults to "deleted-in-source".</value>
    public string DeletedTag { get; set; } = "deleted-in-source";

    /// <summary>Gets or sets how many contacts are synced at once. The target client's own quota limiter paces the requests;
    /// this bounds how many wait on it.</summary>
    /// <value>Defaults to 4.</value>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Gets or sets the mapping from a source contact to the custom fields written on the target.</summary>
    /// <value>Defaults to null: the source's custom fields under the same names.</value>
    public Func<Contact, IReadOnlyDictionary<string, JsonElement>>? MapCustomFields { get; set; }

    /// <summary>Gets or sets where incremental runs learn what changed in the source.</summary>
    /// <value>Defaults to null: a <see cref="ChangeFeedSyncChangeSource"/> over the source client.</value>
    public ISyncChangeSource? ChangeSource { get; set; }

    /// <summary>Gets or sets how many report lines a run keeps (unchanged contacts are counted, not listed), so a huge run's
    /// memory stays bounded.</summary>
    /// <value>Defaults to 10,000.</value>
    public int MaxReportedItems { get; set; } = 10_000;

    /// <summary>Gets or sets the clock used for the rate in progress reports.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
