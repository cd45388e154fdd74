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

    /// <summary>
    /// Gets whether the answers carry <c>info.extendedFields</c>: Wix sends everything (FULL) when neither fields nor
    /// fieldsets are given, else the union of both (spec §3), so a projection without them loads no custom fields.
    /// </summary>
    public bool LoadsExtendedFields
        => (Fields is null or { Count: 0 } && Fieldsets is null or { Count: 0 })
            || Fields?.Contains("info.extendedFields") == true
            || Fieldsets?.Any(set => set is "EXTENDED" or "FULL") == true;

    /// <summary>The fields the facade maps, so a listing does not carry what it would drop (source, activity, picture…).</summary>
    public static IReadOnlyList<string> FacadeFields { get; } =
    [
        "createdDate", "updatedDate", "info.name", "info.emails", "info.phones", "info.addresses", "info.company",
        "info.jobTitle", "info.labelKeys", "info.extendedFields",
    ];
}
