using System.Text.RegularExpressions;

namespace ContactsSdk.Internal;

/// <summary>Argument checks shared by every client; each throws before any request.</summary>
/// <remarks>
/// Messages never repeat an offending id, email or other value the caller passed: apps log exception messages, and an
/// id argument may hold an email or 10,000 characters. Names of fields (custom-field keys) are quoted only when short
/// and printable (<see cref="Quote"/>).
/// </remarks>
internal static class Guard
{
    /// <summary>The longest name a message quotes; longer ones are described by their length.</summary>
    public const int MaxQuotedLength = 64;

    public static void Id(string? value, Regex pattern, string what, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        if (!pattern.IsMatch(value))
        {
            throw new ArgumentException($"The value is not a valid {what}.", paramName);
        }
    }

    /// <summary>Checks a channel value (email, phone, link): not blank, and no control character such as a line break or NUL.</summary>
    public static void ChannelValue(string? value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        if (value.Any(char.IsControl))
        {
            throw new ArgumentException("A channel value cannot contain control characters (line breaks, NUL…).", paramName);
        }
    }

    /// <summary>Quotes a name for a message when it is short and printable, else describes it by its length.</summary>
    public static string Quote(string? name)
        => name is { Length: > 0 and <= MaxQuotedLength } && !name.Any(char.IsControl)
            ? $"'{name}'"
            : $"(a name of {name?.Length ?? 0} characters)";

    public static List<string> Tags(IReadOnlyCollection<string>? tags, string paramName)
    {
        ArgumentNullException.ThrowIfNull(tags, paramName);
        if (tags.Count == 0)
        {
            throw new ArgumentException("At least one tag is required.", paramName);
        }

        return TagsOrEmpty(tags, paramName);
    }

    /// <summary>Trims each tag and brings it to Unicode normal form C, so that "café" typed two ways is one tag on every vendor.</summary>
    public static List<string> TagsOrEmpty(IEnumerable<string>? tags, string paramName)
    {
        var list = new List<string>();
        foreach (var tag in tags ?? [])
        {
            if (string.IsNullOrWhiteSpace(tag))
            {
                throw new ArgumentException("Tags cannot be null, empty or whitespace.", paramName);
            }

            if (!TagLists.TryNormalize(tag.Trim(), out var normalized))
            {
                throw new ArgumentException("A tag holds text that is not valid Unicode (a lone surrogate).", paramName);
            }

            list.Add(normalized);
        }

        return TagLists.Union([], list);
    }

    public static void Query(ContactQuery query, string paramName)
    {
        if (query.MaxItems is < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, query.MaxItems, "MaxItems cannot be negative.");
        }

        if (query.PageSizeHint is < 1)
        {
            throw new ArgumentOutOfRangeException(paramName, query.PageSizeHint, "PageSizeHint must be at least 1.");
        }
    }
}
