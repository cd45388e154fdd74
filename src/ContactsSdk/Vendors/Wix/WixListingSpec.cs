using System.Text.Json.Nodes;

namespace ContactsSdk.Vendors.Wix;

/// <summary>What one contact listing asks Wix for; the filter is resolved lazily (a tag needs its label key first).</summary>
internal sealed record WixListingSpec(
    Func<CancellationToken, Task<JsonObject?>> Filter,
    string? Search,
    string SortField,
    bool Descending,
    IReadOnlyList<string>? Fields,
    IReadOnlyList<string>? Fieldsets,
    bool IncludeRaw)
{
    /// <summary>A marker member of a filter that can match nothing (e.g. a tag no label has), so no request is sent.</summary>
    public const string NoMatch = "$contactsSdkNoMatch";

    /// <summary>The fields the facade maps, so a listing does not carry what it would drop (source, activity, picture…).</summary>
    public static IReadOnlyList<string> FacadeFields { get; } =
    [
        "createdDate", "updatedDate", "info.name", "info.emails", "info.phones", "info.addresses", "info.company",
        "info.jobTitle", "info.labelKeys", "info.extendedFields",
    ];
}
