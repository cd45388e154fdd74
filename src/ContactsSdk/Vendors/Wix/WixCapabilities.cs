namespace ContactsSdk.Vendors.Wix;

/// <summary>What Wix supports through the facade.</summary>
internal static class WixCapabilities
{
    /// <summary>Query answers at most 1000 contacts per request (§4.5).</summary>
    public const int MaxPageSize = 1000;

    /// <summary>At most 50 email, phone or address items each (§3).</summary>
    public const int MaxItemsPerKind = 50;

    public static ContactsCapabilities Value { get; } = new()
    {
        SupportsTags = true,
        SupportsCustomFields = true,
        SupportsRevisions = true,
        SupportsCompany = true,
        ChannelKinds = new HashSet<ChannelKind> { ChannelKind.Email, ChannelKind.Phone },
        MaxChannelsPerKind = MaxItemsPerKind,
        MaxPageSize = MaxPageSize,
    };
}
