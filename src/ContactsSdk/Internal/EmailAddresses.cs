using System.Text.RegularExpressions;

namespace ContactsSdk.Internal;

/// <summary>
/// Checks and normalises email addresses before any request, the same way for every vendor: surrounding white space is
/// trimmed (vendors trim it themselves, so a lookup by the untrimmed value would miss the contact just stored), and a
/// value that is not shaped like an address is refused. Only spaces and tabs are trimmed: a line break or other control character
/// is never "white space around an address" but an attempt to smuggle something past the check, so it is refused.
/// </summary>
internal static partial class EmailAddresses
{
    [GeneratedRegex(@"^[^@\s\p{Cc}]+@[^@\s\p{Cc}]+\.[^@\s\p{Cc}]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>Whether <paramref name="value"/>, as given, is shaped like an address: the one check every vendor's rules use.</summary>
    public static bool IsValid(string value) => Shape().IsMatch(value);

    /// <summary>Returns the trimmed address, or throws <see cref="ArgumentException"/> naming <paramref name="paramName"/>.</summary>
    public static string Normalize(string? value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return TryNormalize(value) ?? throw new ArgumentException("The email address is not valid.", paramName);
    }

    /// <summary>The address with surrounding spaces and tabs trimmed, or <see langword="null"/> when it is not shaped like one.</summary>
    public static string? TryNormalize(string? value)
    {
        var trimmed = value?.Trim(' ', '\t');
        return trimmed is not null && IsValid(trimmed) ? trimmed : null;
    }

    /// <summary>The form two addresses are compared in: vendors match emails without regard to case.</summary>
    public static string Comparable(string value) => value.Trim().ToLowerInvariant();

    /// <summary>Returns the draft with every Email channel trimmed and checked; other channels are left as they are.</summary>
    public static ContactDraft NormalizeDraft(ContactDraft? draft, string paramName)
    {
        ArgumentNullException.ThrowIfNull(draft, paramName);
        ArgumentNullException.ThrowIfNull(draft.Channels, paramName);
        if (!draft.Channels.Any(channel => channel?.Kind == ChannelKind.Email))
        {
            return draft;
        }

        return draft with
        {
            Channels = [.. draft.Channels.Select(channel => channel?.Kind == ChannelKind.Email
                ? channel with { Value = Normalize(channel.Value, paramName) }
                : channel!)],
        };
    }

    /// <summary>Returns the channel with its value trimmed and checked when it is an email.</summary>
    public static ContactChannel NormalizeChannel(ContactChannel? channel, string paramName)
    {
        ArgumentNullException.ThrowIfNull(channel, paramName);
        return channel.Kind == ChannelKind.Email ? channel with { Value = Normalize(channel.Value, paramName) } : channel;
    }
}
