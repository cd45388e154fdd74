using System.Text;

namespace ContactsSdk.Testing.Wix;

/// <summary>
/// Holds one site's contacts, labels, extended fields and merged ids (spec §9). Seeded with the SYSTEM labels and
/// fields the docs show.
/// </summary>
/// <remarks>Not thread-safe by itself: callers hold <see cref="Sync"/> for a whole request.</remarks>
internal sealed class WixStore
{
    public WixStore()
    {
        foreach (var (key, name) in new[] { ("contacts.customers", "Customers"), ("contacts.contacted-me", "Contacted Me") })
        {
            Labels[key] = new WixLabelRecord { Key = key, Namespace = "contacts", DisplayName = name, LabelType = "SYSTEM" };
        }

        foreach (var (key, name, type) in SystemFields)
        {
            Fields[key] = new WixFieldRecord
            {
                Key = key, Namespace = key[..key.IndexOf('.', StringComparison.Ordinal)], DisplayName = name, DataType = type,
                FieldType = "SYSTEM", Description = $"{name} (managed by Wix)",
            };
        }
    }

    public static IReadOnlyList<(string Key, string Name, string Type)> SystemFields { get; } =
    [
        ("contacts.displayByFirstName", "Display Name (First, Last)", "TEXT"),
        ("contacts.displayByLastName", "Display Name (Last, First)", "TEXT"),
        ("emailSubscriptions.subscriptionStatus", "Email Subscription Status", "TEXT"),
        ("emailSubscriptions.effectiveEmail", "Effective Email", "TEXT"),
        ("emailSubscriptions.deliverabilityStatus", "Email Deliverability Status", "TEXT"),
        ("members.membershipStatus", "Membership Status", "TEXT"),
        ("ecom.totalSpentAmount", "Total Spent Amount", "NUMBER"),
        ("invoices.vatId", "VAT ID", "TEXT"),
    ];

    public Lock Sync { get; } = new();

    public Dictionary<string, WixFakeContact> Contacts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, WixLabelRecord> Labels { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, WixFieldRecord> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the bulk jobs started on this site, by id.</summary>
    public Dictionary<string, WixFakeJob> Jobs { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the merged-away source ids and the target each now points to.</summary>
    public Dictionary<string, string> MergedInto { get; } = new(StringComparer.Ordinal);

    public int CustomFieldCount => Fields.Values.Count(definition => definition.FieldType == "USER_DEFINED");

    public int CustomLabelCount => Labels.Values.Count(label => label.LabelType != "SYSTEM");

    /// <summary>
    /// Makes a key from a display name (spec §5: "My Label" → <c>custom.my-label</c>, "groupColor" →
    /// <c>custom.groupcolor</c>); a clash with another name gets a numeric suffix.
    /// </summary>
    public static string NewKey(string displayName, Func<string, bool> taken)
    {
        var slug = new StringBuilder();
        foreach (var c in displayName.Trim().ToLowerInvariant())
        {
            slug.Append(char.IsWhiteSpace(c) ? '-' : char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        var stem = "custom." + (slug.Length == 0 ? "item" : slug.ToString());
        var key = stem;
        for (var i = 2; taken(key); i++)
        {
            key = $"{stem}-{i}";
        }

        return key;
    }

    public void RecordMerge(string sourceId, string targetId)
    {
        foreach (var pair in MergedInto.Where(pair => pair.Value == sourceId).ToList())
        {
            MergedInto[pair.Key] = targetId;
        }

        MergedInto[sourceId] = targetId;
    }
}
