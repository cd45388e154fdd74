namespace ContactsSdk.Testing.Wix;

/// <summary>A stored label (spec §5).</summary>
internal sealed class WixLabelRecord
{
    public required string Key { get; init; }

    public required string Namespace { get; init; }

    public required string DisplayName { get; set; }

    public required string LabelType { get; init; }

    public DateTimeOffset? CreatedDate { get; init; }

    public DateTimeOffset? UpdatedDate { get; set; }
}
