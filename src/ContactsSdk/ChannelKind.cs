using System.Text.Json.Serialization;

namespace ContactsSdk;

/// <summary>
/// Names the kind of a contact channel. This is an open enumeration: a value a vendor adds later round-trips
/// as its raw string instead of failing.
/// </summary>
[JsonConverter(typeof(ChannelKindJsonConverter))]
public readonly record struct ChannelKind
{
    /// <summary>Initializes a channel kind from its string value.</summary>
    /// <param name="value">The value, e.g. <c>Email</c> or a vendor's own name for an unknown kind.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, empty or whitespace.</exception>
    public ChannelKind(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value;
    }

    /// <summary>Gets the string value of the kind.</summary>
    public string Value => field ?? nameof(Other);

    /// <summary>Gets an email address channel.</summary>
    public static ChannelKind Email { get; } = new(nameof(Email));

    /// <summary>Gets a phone number channel.</summary>
    public static ChannelKind Phone { get; } = new(nameof(Phone));

    /// <summary>Gets a Facebook profile channel.</summary>
    public static ChannelKind Facebook { get; } = new(nameof(Facebook));

    /// <summary>Gets an Instagram profile channel.</summary>
    public static ChannelKind Instagram { get; } = new(nameof(Instagram));

    /// <summary>Gets a Twitter (X) profile channel.</summary>
    public static ChannelKind Twitter { get; } = new(nameof(Twitter));

    /// <summary>Gets a YouTube channel.</summary>
    public static ChannelKind YouTube { get; } = new(nameof(YouTube));

    /// <summary>Gets a TikTok profile channel.</summary>
    public static ChannelKind TikTok { get; } = new(nameof(TikTok));

    /// <summary>Gets a Pinterest profile channel.</summary>
    public static ChannelKind Pinterest { get; } = new(nameof(Pinterest));

    /// <summary>Gets a VK profile channel.</summary>
    public static ChannelKind VK { get; } = new(nameof(VK));

    /// <summary>Gets a Facebook Messenger channel.</summary>
    public static ChannelKind FacebookMessenger { get; } = new(nameof(FacebookMessenger));

    /// <summary>Gets a WhatsApp channel.</summary>
    public static ChannelKind WhatsApp { get; } = new(nameof(WhatsApp));

    /// <summary>Gets a Telegram channel.</summary>
    public static ChannelKind Telegram { get; } = new(nameof(Telegram));

    /// <summary>Gets a Viber channel.</summary>
    public static ChannelKind Viber { get; } = new(nameof(Viber));

    /// <summary>Gets a web address channel.</summary>
    public static ChannelKind Url { get; } = new(nameof(Url));

    /// <summary>Gets a channel of no better-known kind.</summary>
    public static ChannelKind Other { get; } = new(nameof(Other));

    /// <summary>Gets a value indicating whether this is one of the well-known kinds declared on this type.</summary>
    public bool IsWellKnown => ChannelKindNames.IsWellKnown(Value);

    /// <summary>Compares two kinds by value, ignoring case.</summary>
    /// <param name="other">The kind to compare with.</param>
    /// <returns><see langword="true"/> when both name the same kind.</returns>
    public bool Equals(ChannelKind other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns a hash code that ignores case.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Returns the string value of the kind.</summary>
    /// <returns>The value.</returns>
    public override string ToString() => Value;

    /// <summary>Converts a string to a channel kind.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator ChannelKind(string value) => new(value);
}
