using System.Text.Json.Nodes;

namespace ContactsSdk.Testing.Wix;

/// <summary>
/// Puts contacts straight into a site's store with the rules of the contact endpoints, failing with
/// <see cref="ArgumentException"/>, since a bad seed is a mistake in the test rather than an API answer.
/// </summary>
internal static class WixSeeder
{
    /// <summary>What a seeded contact holds.</summary>
    public sealed record Seed(
        string? First,
        string? Last,
        IReadOnlyList<string> Emails,
        IReadOnlyList<string> Phones,
        IEnumerable<string>? Labels,
        string? Company,
        string? JobTitle,
        bool IsMember,
        DateTimeOffset? CreatedDate);

    /// <summary>Adds the contact, finding or creating its labels by display name, and returns its id.</summary>
    public static string SeedContact(WixStore store, DateTimeOffset now, Seed seed)
    {
        var info = new JsonObject { ["name"] = new JsonObject { ["first"] = seed.First, ["last"] = seed.Last } };
        AddItems(info, "emails", "email", seed.Emails);
        AddItems(info, "phones", "phone", seed.Phones);
        AddText(info, "company", seed.Company);
        AddText(info, "jobTitle", seed.JobTitle);
        var keys = (seed.Labels ?? []).Select(name => LabelKey(store, now, name)).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count > 0)
        {
            info["labelKeys"] = new JsonObject { ["items"] = new JsonArray([.. keys.Select(key => (JsonNode?)key)]) };
        }

        var when = seed.CreatedDate ?? now;
        JsonObject checkedInfo;
        try
        {
            checkedInfo = WixInfoRules.Apply(info, [], store);
        }
        catch (FakeApiException exception)
        {
            throw new ArgumentException(exception.Message, nameof(seed), exception);
        }

        var contact = new WixFakeContact
        {
            Id = Guid.NewGuid().ToString(), CreatedDate = when, UpdatedDate = when, ActivityDate = when, IsMember = seed.IsMember,
            Info = checkedInfo,
        };
        store.Contacts.Add(contact.Id, contact);
        return contact.Id;
    }

    private static string LabelKey(WixStore store, DateTimeOffset now, string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName, "labels");
        var existing = store.Labels.Values.FirstOrDefault(label => string.Equals(label.DisplayName, displayName, WixFakeDefaults.NameComparison));
        if (existing is not null)
        {
            return existing.Key;
        }

        var label = new WixLabelRecord
        {
            Key = WixStore.NewKey(displayName, store.Labels.ContainsKey),
            Namespace = "custom",
            DisplayName = displayName.Trim(),
            LabelType = "USER_DEFINED",
            CreatedDate = now,
            UpdatedDate = now,
        };
        store.Labels.Add(label.Key, label);
        return label.Key;
    }

    private static void AddItems(JsonObject info, string list, string field, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            info[list] = new JsonObject { ["items"] = new JsonArray([.. values.Select(value => (JsonNode?)new JsonObject { [field] = value })]) };
        }
    }

    private static void AddText(JsonObject info, string field, string? value)
    {
        if (value is not null)
        {
            info[field] = value;
        }
    }
}
