namespace ContactsSdk;

/// <summary>Knows the names of the well-known channel kinds.</summary>
internal static class ChannelKindNames
{
    private static readonly HashSet<string> WellKnown = new(StringComparer.OrdinalIgnoreCase)
    {
        "Email", "Phone", "Facebook", "Instagram", "Twitter", "YouTube", "TikTok", "Pinterest", "VK",
        "FacebookMessenger", "WhatsApp", "Telegram", "Viber", "Url", "Other",
    };

    public static bool IsWellKnown(string value) => WellKnown.Contains(value);
}
