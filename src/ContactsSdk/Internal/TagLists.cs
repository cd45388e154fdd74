namespace ContactsSdk.Internal;

/// <summary>Tag arithmetic shared by vendors: tags match without regard to case, and order is kept.</summary>
internal static class TagLists
{
    public static List<string> Union(IEnumerable<string> existing, IEnumerable<string> added)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. existing.Concat(added).Where(seen.Add)];
    }

    public static List<string> Except(IEnumerable<string> existing, IEnumerable<string> removed)
    {
        var drop = new HashSet<string>(removed, StringComparer.OrdinalIgnoreCase);
        return [.. existing.Where(tag => !drop.Contains(tag))];
    }

    public static bool SameTags(IReadOnlyCollection<string> left, IReadOnlyCollection<string> right)
        => left.Count == right.Count && left.Zip(right).All(pair => string.Equals(pair.First, pair.Second, StringComparison.Ordinal));
}
