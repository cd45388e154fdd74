using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ContactsSdk.Sync;

/// <summary>
/// Maps a source contact to what one target can hold: the name; the channels whose kinds the target holds (primary first,
/// up to its per-kind limit, phones in E.164 where it demands it); tags plus the marker; custom fields through the user's
/// mapping; company and job title where held. Everything left out is named in the mapping's report, never fails the run.
/// </summary>
internal static class SyncMapper
{
    public static SyncMapping Map(Contact source, ContactsVendor targetVendor, ContactsCapabilities target, ContactsSyncOptions options)
    {
        var notCopied = new List<string>();
        var name = ContactMatchKeys.Name(source.Name) is null ? null : source.Name;
        var channels = Channels(source, targetVendor, target, notCopied);
        var draft = new ContactDraft
        {
            Name = name,
            Channels = channels,
            Tags = Tags(source, target, options, notCopied),
            CustomFields = CustomFields(source, target, options, notCopied),
            Company = Held(source.Company, target.SupportsCompany, "company", notCopied),
            JobTitle = Held(source.JobTitle, SyncTargetRules.HoldsJobTitle(targetVendor, target), "job title", notCopied),
        };
        return new SyncMapping(draft, notCopied, SkipReason(draft, targetVendor), Fingerprint(draft));
    }

    private static string? SkipReason(ContactDraft draft, ContactsVendor vendor)
        => SyncTargetRules.RequiresEmail(vendor) && !draft.Channels.Any(channel => channel.Kind == ChannelKind.Email)
            ? $"{vendor} requires an email and the contact has none it can hold"
            : SyncTargetRules.RequiresName(vendor) && draft.Name is null
                ? $"{vendor} requires a name and the contact has none"
                : !draft.Channels.Any(channel => channel.Kind == ChannelKind.Email || channel.Kind == ChannelKind.Phone)
                    ? "no email or phone the target can hold to match on"
                    : null;

    private static List<ContactChannel> Channels(Contact source, ContactsVendor vendor, ContactsCapabilities target, List<string> notCopied)
    {
        var channels = new List<ContactChannel>();
        foreach (var group in source.Channels.GroupBy(channel => channel.Kind))
        {
            if (!target.SupportsChannel(group.Key))
            {
                notCopied.Add($"{group.Key} channel(s)");
                continue;
            }

            var kept = new List<ContactChannel>();
            foreach (var channel in group.OrderByDescending(channel => channel.IsPrimary))
            {
                if (Prepare(channel, vendor) is not { } value)
                {
                    notCopied.Add($"{group.Key} channel: a value the target does not accept");
                }
                else if (!kept.Exists(k => ContactMatchKeys.SameChannel(k, new ContactChannel(group.Key, value))))
                {
                    kept.Add(new ContactChannel(group.Key, value) { IsPrimary = kept.Count == 0 });
                }
            }

            var limit = target.MaxChannelsPerKind ?? int.MaxValue;
            if (kept.Count > limit)
            {
                notCopied.Add($"{kept.Count - limit} {group.Key} channel(s) beyond the target's {limit} per kind");
            }

            channels.AddRange(kept.Take(limit));
        }

        return channels;
    }

    private static string? Prepare(ContactChannel channel, ContactsVendor vendor)
    {
        var value = channel.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (channel.Kind == ChannelKind.Email)
        {
            return ContactMatchKeys.Email(value) is null ? null : value;
        }

        return channel.Kind == ChannelKind.Phone && SyncTargetRules.RequiresE164Phones(vendor) ? ContactMatchKeys.E164(value) : value;
    }

    private static List<string> Tags(Contact source, ContactsCapabilities target, ContactsSyncOptions options, List<string> notCopied)
    {
        var tags = source.Tags.Select(tag => tag.Trim()).Where(tag => tag.Length > 0).ToList();
        if (!string.IsNullOrWhiteSpace(options.MarkerTag))
        {
            tags.Add(options.MarkerTag.Trim());
        }

        if (target.SupportsTags)
        {
            return [.. tags.Distinct(StringComparer.OrdinalIgnoreCase)];
        }

        if (tags.Count > 0)
        {
            notCopied.Add("tags");
        }

        return [];
    }

    private static Dictionary<string, JsonElement>? CustomFields(Contact source, ContactsCapabilities target, ContactsSyncOptions options, List<string> notCopied)
    {
        var fields = options.MapCustomFields is { } map ? map(source) : source.CustomFields;
        if (fields is not { Count: > 0 })
        {
            return null;
        }

        if (!target.SupportsCustomFields)
        {
            notCopied.Add("custom fields");
            return null;
        }

        return new Dictionary<string, JsonElement>(fields, StringComparer.Ordinal);
    }

    private static string? Held(string? value, bool held, string field, List<string> notCopied)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!held)
        {
            notCopied.Add(field);
            return null;
        }

        return value.Trim();
    }

    // A digest of the normalised draft: equal drafts give equal fingerprints whatever the order of channels, tags or fields.
    private static string Fingerprint(ContactDraft draft)
    {
        var text = new StringBuilder();
        text.Append(ContactMatchKeys.Name(draft.Name)).Append('\n');
        foreach (var channel in draft.Channels.Select(c => $"{c.Kind}:{ContactMatchKeys.Channel(c)}:{c.IsPrimary}").Order(StringComparer.Ordinal))
        {
            text.Append(channel).Append('\n');
        }

        foreach (var tag in draft.Tags.Select(t => t.ToUpperInvariant()).Order(StringComparer.Ordinal))
        {
            text.Append("tag:").Append(tag).Append('\n');
        }

        foreach (var (key, value) in (draft.CustomFields ?? new Dictionary<string, JsonElement>()).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            text.Append("field:").Append(key).Append('=').Append(value.GetRawText()).Append('\n');
        }

        text.Append("company:").Append(draft.Company).Append("\njob:").Append(draft.JobTitle);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }
}
