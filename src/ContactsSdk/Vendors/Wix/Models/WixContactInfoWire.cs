namespace ContactsSdk.Vendors.Wix.Models;

/// <summary>A contact's <c>info</c> as read; writes are built as JSON so that absent and null stay apart.</summary>
internal sealed record WixContactInfoWire
{
    public WixNameWire? Name { get; init; }

    public WixItemsWire<WixEmailWire>? Emails { get; init; }

    public WixItemsWire<WixPhoneWire>? Phones { get; init; }

    public WixItemsWire<WixAddressItemWire>? Addresses { get; init; }

    public string? Company { get; init; }

    public string? JobTitle { get; init; }

    public string? Birthdate { get; init; }

    public string? Locale { get; init; }

    public WixItemsWire<string>? LabelKeys { get; init; }

    public WixExtendedFieldsWire? ExtendedFields { get; init; }
}
