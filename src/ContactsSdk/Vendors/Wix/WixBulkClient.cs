using System.Text.Json;
using System.Text.Json.Nodes;
using ContactsSdk.Diagnostics;
using ContactsSdk.Vendors.Wix.Models;

namespace ContactsSdk.Vendors.Wix;

/// <summary>The bulk sub-client: starts jobs (never retried blindly: a second start would run the job twice) and reads their status.</summary>
internal sealed class WixBulkClient(WixClientParts parts) : IWixBulkClient
{
    private const int MaxLabelKeys = 100;

    public Task<WixBulkOperation> DeleteAsync(WixFilter? filter, string? search = null, CancellationToken cancellationToken = default)
        => Observe(ContactsOperations.BulkDelete, ct =>
        {
            var body = Selection(filter, search);
            return StartAsync(c => parts.Api.BulkDeleteContactsAsync(body, c), ct);
        }, cancellationToken);

    public Task<WixBulkOperation> UpdateAsync(WixFilter? filter, string? search, ContactPatch patch, CancellationToken cancellationToken = default)
        => Observe(ContactsOperations.BulkUpdate, async ct =>
        {
            var body = Selection(filter, search);
            WixRules.Patch(patch, nameof(patch));
            if (patch.IsEmpty)
            {
                throw new ArgumentException("The patch changes nothing.", nameof(patch));
            }

            var fields = await parts.Resolver.FieldKeysForAsync(
                patch.CustomFields ?? new Dictionary<string, JsonElement?>(), value => value, ct).ConfigureAwait(false);
            body["info"] = WixMapper.ToPatchInfo(patch, fields);
            return await StartAsync(c => parts.Api.BulkUpdateContactsAsync(body, c), ct).ConfigureAwait(false);
        }, cancellationToken);

    public Task<WixBulkOperation> UpdateLabelsAsync(
        WixFilter? filter, string? search, IReadOnlyCollection<string> labelKeysToAdd, IReadOnlyCollection<string> labelKeysToRemove,
        CancellationToken cancellationToken = default)
        => Observe(ContactsOperations.BulkUpdateLabels, ct =>
        {
            var body = Selection(filter, search);
            body["labelKeysToAdd"] = Keys(labelKeysToAdd, nameof(labelKeysToAdd));
            body["labelKeysToRemove"] = Keys(labelKeysToRemove, nameof(labelKeysToRemove));
            if (labelKeysToAdd.Count + labelKeysToRemove.Count == 0)
            {
                throw new ArgumentException("Give a label key to add or remove.", nameof(labelKeysToAdd));
            }

            return StartAsync(c => parts.Api.BulkLabelContactsAsync(body, c), ct);
        }, cancellationToken);

    public Task<WixBulkJob> GetAsync(string jobId, CancellationToken cancellationToken = default)
        => Observe(ContactsOperations.BulkGet, async ct =>
        {
            WixRules.JobId(jobId, nameof(jobId));
            var envelope = await parts.Caller.SendAsync(c => parts.Api.GetBulkJobAsync(jobId, c), ct).ConfigureAwait(false);
            return ToJob(envelope.Job);
        }, cancellationToken);

    private static Task<T> Observe<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
        => ContactsTelemetry.ObserveAsync(ContactsVendor.Wix, operation, call, cancellationToken);

    private async Task<WixBulkOperation> StartAsync(Func<CancellationToken, Task<Refit.IApiResponse<WixJobResponse>>> start, CancellationToken cancellationToken)
    {
        var job = await parts.Caller.SendAsync(start, cancellationToken).ConfigureAwait(false);
        return new WixBulkOperation(this, job.JobId, parts.Clock);
    }

    private static JsonObject Selection(WixFilter? filter, string? search)
    {
        if (filter is null && string.IsNullOrWhiteSpace(search))
        {
            throw new ArgumentException("A bulk operation needs a filter or a search.", nameof(filter));
        }

        var body = new JsonObject();
        if (filter is not null)
        {
            body["filter"] = filter.ToNode();
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            body["search"] = search;
        }

        return body;
    }

    private static JsonArray Keys(IReadOnlyCollection<string> keys, string paramName)
    {
        ArgumentNullException.ThrowIfNull(keys, paramName);
        if (keys.Count > MaxLabelKeys)
        {
            throw new ArgumentException($"Give at most {MaxLabelKeys} label keys.", paramName);
        }

        foreach (var key in keys)
        {
            WixRules.Key(key, paramName);
        }

        return new JsonArray([.. keys.Select(key => (JsonNode?)key)]);
    }

    private static WixBulkJob ToJob(WixBulkJobResource job)
        => new()
        {
            Id = job.Id,
            Type = job.Type switch
            {
                "DELETE" => WixBulkJobType.Delete,
                "UPDATE" => WixBulkJobType.Update,
                "ADD_LABELS" => WixBulkJobType.AddLabels,
                "REMOVE_LABELS" => WixBulkJobType.RemoveLabels,
                _ => WixBulkJobType.Unknown,
            },
            State = job.Status switch
            {
                "NEW" => WixBulkJobState.New,
                "LOADING" => WixBulkJobState.Loading,
                "RUNNING" => WixBulkJobState.Running,
                "COMPLETED" => WixBulkJobState.Completed,
                _ => WixBulkJobState.Unknown,
            },
            StartedAt = job.StartedDate,
            FinishedAt = job.FinishedDate,
            TotalItems = job.TotalItems,
            SucceededCount = job.SuccessTotal ?? job.ProcessedCount ?? 0,
            FailedCount = job.FailedTotal ?? job.FailedCount ?? 0,
            Errors = [.. (job.Errors ?? []).Select(error => new WixBulkItemError(error.ContactId, error.Code ?? "UNKNOWN", error.Description))],
        };
}
