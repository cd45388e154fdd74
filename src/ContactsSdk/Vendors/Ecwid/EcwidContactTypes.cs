using System.Text.RegularExpressions;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>
/// Maps Ecwid contact types (§3.4) to <see cref="ChannelKind"/> and back. A type Ecwid adds later reads as a
/// <see cref="ChannelKind"/> holding the raw type, and is written back unchanged.
/// </summary>
internal static partial class EcwidContactTypes
{
    private static readonly Dictionary<string, ChannelKind> ToKind = new(StringComparer.Ordinal)
    {
        ["EMAIL"] = ChannelKind.Email,
        ["PHONE"] = ChannelKind.Phone,
        ["FACEBOOK"] = ChannelKind.Facebook,
        ["INSTAGRAM"] = ChannelKind.Instagram,
        ["TWITTER"] = ChannelKind.Twitter,
        ["YOUTUBE"] = ChannelKind.YouTube,
        ["TIKTOK"] = ChannelKind.TikTok,
        ["PINTEREST"] = ChannelKind.Pinterest,
        ["VK"] = ChannelKind.VK,
        ["FB_MESSENGER"] = ChannelKind.FacebookMessenger,
        ["WHATSAPP"] = ChannelKind.WhatsApp,
        ["TELEGRAM"] = ChannelKind.Telegram,
        ["VIBER"] = ChannelKind.Viber,
        ["URL"] = ChannelKind.Url,
        ["OTHER"] = ChannelKind.Other,
    };

    private static readonly Dictionary<ChannelKind, string> ToType = ToKind.ToDictionary(pair => pair.Value, pair => pair.Key);

    /// <summary>Gets the kinds Ecwid documents, one per type.</summary>
    public static IReadOnlySet<ChannelKind> Kinds { get; } = new HashSet<ChannelKind>(ToKind.Values);

    public static ChannelKind KindOf(string? type)
        => string.IsNullOrWhiteSpace(type) ? ChannelKind.Other : ToKind.TryGetValue(type, out var kind) ? kind : new ChannelKind(type);

    /// <summary>Gets the wire type of a kind, or null when the kind is neither documented nor shaped like an Ecwid type.</summary>
    public static string? TypeOf(ChannelKind kind)
        => ToType.TryGetValue(kind, out var type) ? type : TypeShape().IsMatch(kind.Value) ? kind.Value : null;

    [GeneratedRegex(@"^[A-Z][A-Z0-9_]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex TypeShape();

    /// <summary>
    /// Whether two contact values of one type are the same channel: emails without regard to case or padding, phones by
    /// their digits, anything else (handles, URLs) trimmed and without regard to case.
    /// </summary>
    public static bool SameValue(string? type, string? left, string? right)
    {
        if (left is null || right is null)
        {
            return left == right;
        }

        return type switch
        {
            "EMAIL" => Internal.EmailAddresses.Comparable(left) == Internal.EmailAddresses.Comparable(right),
            "PHONE" => left.Where(char.IsAsciiDigit).SequenceEqual(right.Where(char.IsAsciiDigit)),
            _ => string.Equals(left.Trim(), right.Trim(), StringComparison.OrdinalIgnoreCase),
        };
    }
}
