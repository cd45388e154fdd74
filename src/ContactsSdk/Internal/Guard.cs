using System.Text.RegularExpressions;

namespace ContactsSdk.Internal;

/// <summary>Argument checks shared by every client; each throws before any request.</summary>
internal static class Guard
{
    public static void Id(string? value, Regex pattern, string what, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        if (!pattern.IsMatch(value))
        {
            throw new ArgumentException($"'{value}' is not a valid {what}.", paramName);
        }
    }

    public static List<string> Tags(IReadOnlyCollection<string>? tags, string paramName)
    {
        ArgumentNullException.ThrowIfNull(tags, paramName);
        if (tags.Count == 0)
        {
            throw new ArgumentException("At least one tag is required.", paramName);
        }

        return TagsOrEmpty(tags, paramName);
    }

    public static List<string> TagsOrEmpty(IEnumerable<string>? tags, string paramName)
    {
        var list = new List<string>();
        foreach (var tag in tags ?? [])
        {
            if (string.IsNullOrWhiteSpace(tag))
            {
                throw new ArgumentException("Tags cannot be null, empty or whitespace.", paramName);
            }

            list.Add(tag.Trim());
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
