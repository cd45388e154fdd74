namespace ContactsSdk.Vendors.Ecwid;

/// <summary>What Ecwid supports through the facade.</summary>
internal static class EcwidCapabilities
{
    /// <summary>The customer search's largest page (§5.1); the SDK always sends <c>limit</c> explicitly.</summary>
    public const int MaxPageSize = 100;

    public static ContactsCapabilities Value { get; } = new()
    {
        SupportsTags = false,
        SupportsCustomFields = false,
        SupportsRevisions = false,
        LocksWritesInProcess = true,
        SupportsCompany = true,
        ChannelKinds = EcwidContactTypes.Kinds,
        MaxChannelsPerKind = null,
        MaxPageSize = MaxPageSize,
    };
}
