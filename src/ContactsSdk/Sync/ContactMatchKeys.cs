using ContactsSdk.Internal;

namespace ContactsSdk.Sync;

/// <summary>
/// The normal forms contacts are matched and compared in, the same for every vendor: an email without regard to case or
/// padding (as <see cref="EmailAddresses"/> compares them), a phone by its digits (vendors store a number as given or
/// re-format it; its digits identify it), any other channel by its trimmed value without regard to case.
/// </summary>
internal static class ContactMatchKeys
{
    /// <summary>
    /// The fewest digits a phone needs to be used as a match key: shorter values (extensions, short codes, typos) would
    /// match unrelated contacts. An assumption of ours, not a vendor rule.
    /// </summary>
    public const int MinPhoneDigits = 5;

    /// <summary>The comparable form of an email, or null when the value is not shaped like an address.</summary>
    public static string? Email(string? value)
        => EmailAddresses.TryNormalize(value) is { } trimmed ? EmailAddresses.Comparable(trimmed) : null;

    /// <summary>The digits of a phone (an international "00" prefix dropped), or null when there are too few to identify it.</summary>
    public static string? Phone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var digits = new string([.. value.Where(char.IsAsciiDigit)]);
        if (!value.TrimStart().StartsWith('+') && digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        return digits.Length >= MinPhoneDigits ? digits : null;
    }

    /// <summary>The E.164 form of a phone written internationally (a leading "+" or "00"), or null when it has no country code.</summary>
    public static string? E164(string? value)
    {
        var trimmed = value?.TrimStart();
        if (trimmed is null || !(trimmed.StartsWith('+') || trimmed.StartsWith("00", StringComparison.Ordinal)))
        {
            return null;
        }

        var digits = Phone(trimmed);
        return digits is { Length: <= 15 } && digits[0] != '0' ? "+" + digits : null;
    }

    /// <summary>The key two channels of the same kind are compared by.</summary>
    public static string Channel(ContactChannel channel)
        => channel.Kind == ChannelKind.Email ? Email(channel.Value) ?? channel.Value.Trim().ToUpperInvariant()
            : channel.Kind == ChannelKind.Phone ? Phone(channel.Value) ?? channel.Value.Trim()
            : channel.Value.Trim().ToUpperInvariant();

    /// <summary>Whether two channels hold the same value.</summary>
    public static bool SameChannel(ContactChannel left, ContactChannel right)
        => left.Kind == right.Kind && string.Equals(Channel(left), Channel(right), StringComparison.Ordinal);

    /// <summary>A name as words, so that re-spacing by a vendor is not a change.</summary>
    public static string? Name(PersonName? name)
    {
        var full = name?.Full ?? (name is null ? null : PersonName.FromParts(name.First, name.Last).Full);
        return string.IsNullOrWhiteSpace(full) ? null : string.Join(' ', full.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
