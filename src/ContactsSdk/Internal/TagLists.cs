using System.Text;

namespace ContactsSdk.Internal;

/// <summary>
/// Tag arithmetic shared by vendors: tags match without regard to case or Unicode normal form ("café" as one code point or
/// as "e" plus a combining accent), order is kept, and every tag written is in normal form C.
/// </summary>
internal static class TagLists
{
    /// <summary>Gets how tags are compared once normalised.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>Brings a tag to Unicode normal form C; text that cannot be normalised (a lone surrogate) is returned as is.</summary>
    public static string Normalize(string tag) => TryNormalize(tag, out var normalized) ? normalized : tag;

    /// <summary>Brings a tag to Unicode normal form C, or returns false when it is not valid Unicode (a lone surrogate).</summary>
    public static bool TryNormalize(string tag, out string normalized)
    {
        try
        {
            normalized = tag.IsNormalized(NormalizationForm.FormC) ? tag : tag.Normalize(NormalizationForm.FormC);
            return true;
        }
        catch (ArgumentException)
        {
            normalized = tag;
            return false;
        }
    }

    /// <summary>Gets whether two tags are the same tag: equal in normal form C, ignoring case.</summary>
    public static bool Same(string left, string right) => Comparer.Equals(Normalize(left), Normalize(right));

    public static List<string> Union(IEnumerable<string> existing, IEnumerable<string> added)
    {
        var seen = new HashSet<string>(Comparer);
        return [.. existing.Concat(added).Select(Normalize).Where(seen.Add)];
    }

    public static List<string> Except(IEnumerable<string> existing, IEnumerable<string> removed)
    {
        var drop = new HashSet<string>(removed.Select(Normalize), Comparer);
        return [.. existing.Select(Normalize).Where(tag => !drop.Contains(tag))];
    }

    /// <summary>Gets whether two lists hold the same tags in the same order, up to normal form (so a change that only normalises sends no write).</summary>
    public static bool SameTags(IReadOnlyCollection<string> left, IReadOnlyCollection<string> right)
        => left.Count == right.Count
            && left.Zip(right).All(pair => string.Equals(Normalize(pair.First), Normalize(pair.Second), StringComparison.Ordinal));
}
