namespace ContactsSdk.Vendors.Wix;

/// <summary>Represents a Wix extended-field definition. Through the facade a custom field appears under its <see cref="DisplayName"/>.</summary>
public sealed record WixExtendedField
{
    /// <summary>Gets the immutable key, e.g. <c>custom.tier</c> or the system <c>contacts.displayByFirstName</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Gets the name people read.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Gets the namespace: <c>custom</c> for fields created through the API.</summary>
    public string? Namespace { get; init; }

    /// <summary>Gets the type of value the field holds.</summary>
    public WixFieldDataType DataType { get; init; }

    /// <summary>Gets a value indicating whether Wix manages the field (readable, not writable or renamable).</summary>
    public bool IsSystem { get; init; }

    /// <summary>Gets the description Wix gives system fields.</summary>
    public string? Description { get; init; }

    /// <summary>Gets when the field was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the field was last renamed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
