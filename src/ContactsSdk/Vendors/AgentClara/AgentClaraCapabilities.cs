namespace ContactsSdk.Vendors.AgentClara;

/// <summary>What AgentClara supports through the facade.</summary>
internal static class AgentClaraCapabilities
{
    /// <summary>The spec's list limit range is 1–100.</summary>
    public const int MaxPageSize = 100;

    public static ContactsCapabilities Value { get; } = new()
    {
        SupportsTags = true,
        SupportsCustomFields = true,
        SupportsRevisions = false,
        LocksWritesInProcess = true,
        SupportsCompany = false,
        ChannelKinds = new HashSet<ChannelKind> { ChannelKind.Email, ChannelKind.Phone },
        MaxChannelsPerKind = 1,
        MaxPageSize = MaxPageSize,
    };
}
