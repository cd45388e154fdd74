namespace ContactsSdk.Vendors.Wix;

/// <summary>Represents a Wix contact label. Through the facade a label appears as a tag: its <see cref="DisplayName"/>.</summary>
public sealed record WixLabel
{
    /// <summary>Gets the immutable key, e.g. <c>custom.vip-customer</c> or the system <c>contacts.customers</c>.</summary>
    public required string Key { get; init; }

    /// <summary>Gets the name people read, e.g. <c>VIP Customer</c>.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Gets the namespace: <c>custom</c> for labels created through the API.</summary>
    public string? Namespace { get; init; }

    /// <summary>Gets the type: <c>SYSTEM</c>, <c>USER_DEFINED</c> or <c>WIX_APP_DEFINED</c>.</summary>
    public string? LabelType { get; init; }

    /// <summary>Gets when the label was created; system labels may have no date.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the label was last renamed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
