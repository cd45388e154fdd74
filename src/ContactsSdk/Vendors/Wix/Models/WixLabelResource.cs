namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A label on the wire (spec §5).</summary>
internal sealed record WixLabelResource(
    string Key, string? DisplayName, string? Namespace, string? LabelType, DateTimeOffset? CreatedDate, DateTimeOffset? UpdatedDate);
