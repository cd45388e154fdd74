using System.Globalization;

namespace ContactsSdk.Sync;

/// <summary>
/// The writes that bring an existing contact to what a draft asks for, computed without writing: a patch of the fields that
/// differ, the tags it lacks, the channels it lacks (added) or holds one too many of (replaced where the vendor keeps one
/// per kind), and what could not be applied.
/// </summary>
/// <param name="Patch">The fields to update; empty when none differ.</param>
/// <param name="TagsToAdd">The tags the contact lacks.</param>
/// <param name="ChannelsToAdd">The channels the contact lacks and has room for.</param>
/// <param name="ChannelsToReplace">Channels to overwrite in place (vendors that keep one channel per kind), by channel id.</param>
/// <param name="NotApplied">What the contact has no room for, without contact data (e.g. "Phone channel: the target holds 1 per kind").</param>
internal sealed record ContactReconcilePlan(
    ContactPatch Patch,
    IReadOnlyList<string> TagsToAdd,
    IReadOnlyList<ContactChannel> ChannelsToAdd,
    IReadOnlyList<KeyValuePair<string, ContactChannel>> ChannelsToReplace,
    IReadOnlyList<string> NotApplied)
{
    /// <summary>Gets a value indicating whether nothing needs writing.</summary>
    public bool IsEmpty => Patch.IsEmpty && TagsToAdd.Count == 0 && ChannelsToAdd.Count == 0 && ChannelsToReplace.Count == 0;

    /// <summary>Gets how many write requests the plan takes (a vendor may need more than one per operation).</summary>
    public int WriteCount => (Patch.IsEmpty ? 0 : 1) + (TagsToAdd.Count == 0 ? 0 : 1) + ChannelsToAdd.Count + ChannelsToReplace.Count;

    /// <summary>Says what would change, naming fields and counts only (never values).</summary>
    public string Describe()
    {
        var parts = new List<string>();
        AddIf(parts, Patch.Name.HasValue, "name");
        AddIf(parts, Patch.Company.HasValue, "company");
        AddIf(parts, Patch.JobTitle.HasValue, "job title");
        AddIf(parts, Patch.ChangesCustomFields, string.Create(CultureInfo.InvariantCulture, $"{Patch.CustomFields?.Count} custom field(s)"));
        AddIf(parts, TagsToAdd.Count > 0, string.Create(CultureInfo.InvariantCulture, $"{TagsToAdd.Count} tag(s) added"));
        AddIf(parts, ChannelsToAdd.Count > 0, string.Create(CultureInfo.InvariantCulture, $"{ChannelsToAdd.Count} channel(s) added"));
        AddIf(parts, ChannelsToReplace.Count > 0, string.Create(CultureInfo.InvariantCulture, $"{ChannelsToReplace.Count} channel(s) replaced"));
        return parts.Count == 0 ? "no change" : string.Join(", ", parts);
    }

    private static void AddIf(List<string> parts, bool condition, string part)
    {
        if (condition)
        {
            parts.Add(part);
        }
    }
}
