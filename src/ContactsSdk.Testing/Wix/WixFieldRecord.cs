namespace ContactsSdk.Testing.Wix;

/// <summary>A stored extended-field definition (spec §6).</summary>
internal sealed class WixFieldRecord
{
    public required string Key { get; init; }

    public required string Namespace { get; init; }

    public required string DisplayName { get; set; }

    public required string DataType { get; init; }

    public required string FieldType { get; init; }

    public string? Description { get; init; }

    public DateTimeOffset CreatedDate { get; init; }

    public DateTimeOffset UpdatedDate { get; set; }
}
