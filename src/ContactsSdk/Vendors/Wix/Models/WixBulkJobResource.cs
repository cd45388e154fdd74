using System.Text.Json.Serialization;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>
/// A bulk job on the wire (spec §4, legacy): the schema says <c>processedCount</c>/<c>failedCount</c>, the examples
/// <c>successTotal</c>/<c>failedTotal</c>, so both are read.
/// </summary>
internal sealed record WixBulkJobResource(
    [property: JsonRequired] string Id,
    string? Type,
    string? Status,
    DateTimeOffset? StartedDate,
    DateTimeOffset? FinishedDate,
    int? TotalItems,
    int? ProcessedCount,
    int? SuccessTotal,
    int? FailedCount,
    int? FailedTotal,
    List<WixBulkJobErrorWire>? Errors) : IJsonOnDeserialized
{
    void IJsonOnDeserialized.OnDeserialized()
    {
        WireChecks.Id(Id, "A Wix bulk job");
        WireChecks.Items(Errors, "errors");
    }
}
