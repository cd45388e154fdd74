using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContactsSdk.Errors;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Wix;

/// <summary>Wix's input rules, checked before any request (spec §3).</summary>
internal static partial class WixRules
{
    private const int MaxNameLength = 1000;

    private static readonly Dictionary<ChannelKind, string[]> Tags = new()
    {
        [ChannelKind.Email] = ["UNTAGGED", "MAIN", "HOME", "WORK"],
        [ChannelKind.Phone] = ["UNTAGGED", "MAIN", "HOME", "MOBILE", "WORK", "FAX"],
    };

    /// <summary>Contact ids are GUIDs.</summary>
    [GeneratedRegex(@"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\z", RegexOptions.CultureInvariant)]
    public static partial Regex ContactId();

    /// <summary>Checks a label or extended-field key: Wix keys are slugs such as <c>custom.my-label</c>, never blank, spaced or with control characters.</summary>
    public static void Key(string? key, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key, paramName);
        if (key.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            throw new ArgumentException("A Wix key has no spaces or control characters (e.g. custom.my-label).", paramName);
        }
    }

    /// <summary>Checks a bulk job id: Wix answers GUIDs; letters, digits and <c>. _ : -</c> are accepted, so nothing can reshape the path.</summary>
    public static void JobId(string? jobId, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId, paramName);
        if (jobId.Length > 100 || !jobId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-'))
        {
            throw new ArgumentException("A Wix bulk job id is at most 100 letters, digits and . _ : - (Wix answers GUIDs).", paramName);
        }
    }

    public static void Channel(ContactChannel? channel, string paramName)
    {
        ArgumentNullException.ThrowIfNull(channel, paramName);
        if (!WixCapabilities.Value.SupportsChannel(channel.Kind))
        {
            throw new UnsupportedContactOperationException(ContactsVendor.Wix, $"channels of kind {channel.Kind}");
        }

        Guard.ChannelValue(channel.Value, paramName);
        if (channel.Kind == ChannelKind.Email && (channel.Value.Length > 320 || !EmailAddresses.IsValid(channel.Value)))
        {
            throw new ArgumentException("The email address is not valid.", paramName);
        }

        if (channel.Kind == ChannelKind.Phone && (channel.Value.Length > 50 || !channel.Value.Any(char.IsAsciiDigit)))
        {
            throw new ArgumentException("The phone number is not valid (1–50 characters with digits).", paramName);
        }

        if (channel.Label is { } label && !Tags[channel.Kind].Contains(label.ToUpperInvariant()))
        {
            throw new ArgumentException($"A Wix {channel.Kind} label is one of {string.Join(", ", Tags[channel.Kind])}.", paramName);
        }
    }

    public static void Draft(ContactDraft? draft, string paramName)
    {
        ArgumentNullException.ThrowIfNull(draft, paramName);
        ArgumentNullException.ThrowIfNull(draft.Channels, paramName);
        foreach (var channel in draft.Channels)
        {
            Channel(channel, paramName);
        }

        if (draft.Channels.Where(c => c.IsPrimary).GroupBy(c => c.Kind).Any(group => group.Count() > 1))
        {
            throw new ArgumentException("Only one channel of each kind can be primary.", paramName);
        }

        Name(draft.Name, paramName);
        var hasName = !string.IsNullOrWhiteSpace(draft.Name?.Full ?? draft.Name?.First ?? draft.Name?.Last);
        if (!hasName && draft.Channels.Count == 0)
        {
            throw new ArgumentException("Wix needs at least a name, an email or a phone.", paramName);
        }

        CustomFields(draft.CustomFields?.Select(pair => (pair.Key, (JsonElement?)pair.Value)), paramName, allowNull: false);
    }

    public static void Patch(ContactPatch? patch, string paramName)
    {
        ArgumentNullException.ThrowIfNull(patch, paramName);
        if (patch.Name is { HasValue: true, Value: { } name })
        {
            Name(name, paramName);
        }

        if (patch.CustomFields is { } fields)
        {
            CustomFields(fields.Select(pair => (pair.Key, pair.Value)), paramName, allowNull: true);
        }

        Revision(patch.ExpectedRevision, paramName);
    }

    /// <summary>
    /// Parses a revision as Wix writes it: ASCII digits only, whatever the current culture (no sign, no spaces, no
    /// culture's minus sign or digits), so a negative or malformed one fails here and never reaches the wire.
    /// </summary>
    public static int? Revision(string? revision, string paramName)
        => revision is null ? null
            : int.TryParse(revision, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
            : throw new ArgumentException("A Wix revision is a whole number, 0 or more, written in ASCII digits.", paramName);

    private static void Name(PersonName? name, string paramName)
    {
        if (new[] { name?.First, name?.Last, name?.Full }.Any(part => part?.Length > MaxNameLength))
        {
            throw new ArgumentException($"Wix names are at most {MaxNameLength} characters.", paramName);
        }
    }

    private static void CustomFields(IEnumerable<(string Key, JsonElement? Value)>? fields, string paramName, bool allowNull)
    {
        foreach (var (key, value) in fields ?? [])
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(key, paramName);
            if (WixMapper.IsSystemName(key))
            {
                throw new ArgumentException($"{Guard.Quote(key)} is a Wix system field: read it with ExtendedFields.GetValuesForContactAsync; it cannot be written.", paramName);
            }

            var ok = value?.ValueKind switch
            {
                JsonValueKind.String or JsonValueKind.Number => true,
                null or JsonValueKind.Null => allowNull,
                _ => false,
            };
            if (!ok)
            {
                throw new ArgumentException($"Wix extended field {Guard.Quote(key)} takes a string, a number, a YYYY-MM-DD date or a URL.", paramName);
            }
        }
    }
}
