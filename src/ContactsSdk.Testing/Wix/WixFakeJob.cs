using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.Wix;

/// <summary>
/// One bulk job the fake started. The change is applied when the job starts; its status says RUNNING until
/// <see cref="WixFakeOptions.BulkJobDuration"/> has passed on the fake's clock, then COMPLETED with the final counts and
/// the per-contact errors Wix reports inside a job (spec §8), never as an HTTP error.
/// </summary>
internal sealed class WixFakeJob
{
    public required string Id { get; init; }

    /// <summary>Gets the wire type: DELETE, UPDATE, ADD_LABELS or REMOVE_LABELS.</summary>
    public required string Type { get; init; }

    public required DateTimeOffset StartedDate { get; init; }

    public required TimeSpan Duration { get; init; }

    public required int TotalItems { get; init; }

    public List<(string ContactId, string Code, string Description)> Errors { get; } = [];

    public JsonObject ToJson(DateTimeOffset now)
    {
        var done = now >= StartedDate + Duration;
        var job = new JsonObject
        {
            ["id"] = Id,
            ["type"] = Type,
            ["status"] = done ? "COMPLETED" : "RUNNING",
            ["startedDate"] = WixJson.DefinitionTime(StartedDate),
            ["totalItems"] = TotalItems,
            ["processedCount"] = done ? TotalItems - Errors.Count : 0,
            ["failedCount"] = done ? Errors.Count : 0,
        };
        if (done)
        {
            job["finishedDate"] = WixJson.DefinitionTime(StartedDate + Duration);
            job["errors"] = new JsonArray([.. Errors.Select(error => (JsonNode)new JsonObject
            {
                ["contactId"] = error.ContactId, ["code"] = error.Code, ["description"] = error.Description,
            })]);
        }

        return job;
    }
}
