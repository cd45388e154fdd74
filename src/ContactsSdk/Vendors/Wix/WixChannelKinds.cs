namespace ContactsSdk.Vendors.Wix;

/// <summary>Provides the channel kinds only Wix has.</summary>
public static class WixChannelKinds
{
    /// <summary>
    /// Gets the kind of a postal address item. Addresses read as channels whose <see cref="ContactChannel.Value"/> is the
    /// address on one line, <see cref="ContactChannel.Label"/> the Wix tag (HOME, WORK, BILLING, SHIPPING) and
    /// <see cref="ContactChannel.Id"/> the item id; they can be removed by id but not added or changed through the facade
    /// (the structured fields are in <see cref="Contact.Raw"/>).
    /// </summary>
    public static ChannelKind Address { get; } = new("Address");
}
