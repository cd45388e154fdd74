using System.Text.Json;

namespace ContactsSdk.Sync;

/// <summary>
/// Brings an existing contact to what a draft asks for with the fewest writes, shared by <c>UpsertAsync</c> and
/// <c>ContactsSync</c>: fields are overwritten only where they differ, tags and channels are only added (a one-way
/// writer never removes what someone else added on the target), and a vendor that keeps one channel per kind has it
/// replaced in place. A draft's null field means "no opinion", never "clear".
/// </summary>
internal static class ContactReconciler
{
    /// <summary>Computes the writes without sending any.</summary>
    public static ContactReconcilePlan Plan(Contact existing, ContactDraft desired, ContactsCapabilities capabilities)
    {
        var notApplied = new List<string>();
        return new ContactReconcilePlan(
            PatchOf(existing, desired),
            MissingTags(existing, desired),
            MissingChannels(existing, desired, capabilities, notApplied, out var replace),
            replace,
            notApplied);
    }

    /// <summary>Sends the plan's writes and returns the contact as it now stands.</summary>
    public static async Task<Contact> ApplyAsync(IContactsClient client, Contact existing, ContactReconcilePlan plan, CancellationToken cancellationToken)
    {
        var contact = existing;
        if (!plan.Patch.IsEmpty)
        {
            contact = await client.UpdateAsync(existing.Id, plan.Patch, cancellationToken).ConfigureAwait(false);
        }

        if (plan.TagsToAdd.Count > 0)
        {
            contact = await client.AddTagsAsync(existing.Id, plan.TagsToAdd, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (channelId, channel) in plan.ChannelsToReplace)
        {
            await client.UpdateChannelAsync(existing.Id, channelId, channel, cancellationToken).ConfigureAwait(false);
        }

        foreach (var channel in plan.ChannelsToAdd)
        {
            await client.AddChannelAsync(existing.Id, channel, cancellationToken).ConfigureAwait(false);
        }

        // Channel operations answer with the channel only: read the contact once so the caller sees what is stored.
        return plan.ChannelsToAdd.Count + plan.ChannelsToReplace.Count > 0
            ? await client.GetAsync(existing.Id, cancellationToken).ConfigureAwait(false)
            : contact;
    }

    /// <summary>Returns the contact with its custom fields read, when a listing left them out and the draft sets some.</summary>
    public static async Task<Contact> LoadedForAsync(IContactsClient client, Contact contact, ContactDraft desired, CancellationToken cancellationToken)
        => contact.CustomFieldsLoaded || desired.CustomFields is not { Count: > 0 }
            ? contact
            : await client.GetAsync(contact.Id, cancellationToken).ConfigureAwait(false);

    private static ContactPatch PatchOf(Contact existing, ContactDraft desired)
    {
        var patch = new ContactPatch();
        if (ContactMatchKeys.Name(desired.Name) is { } name && !string.Equals(name, ContactMatchKeys.Name(existing.Name), StringComparison.Ordinal))
        {
            patch = patch with { Name = desired.Name };
        }

        if (Differs(desired.Company, existing.Company))
        {
            patch = patch with { Company = desired.Company };
        }

        if (Differs(desired.JobTitle, existing.JobTitle))
        {
            patch = patch with { JobTitle = desired.JobTitle };
        }

        var fields = ChangedFields(existing, desired);
        return fields.Count == 0 ? patch : patch with { CustomFields = fields };
    }

    private static bool Differs(string? desired, string? existing)
        => !string.IsNullOrWhiteSpace(desired) && !string.Equals(desired.Trim(), existing?.Trim(), StringComparison.Ordinal);

    private static Dictionary<string, JsonElement?> ChangedFields(Contact existing, ContactDraft desired)
    {
        var changed = new Dictionary<string, JsonElement?>(StringComparer.Ordinal);
        foreach (var (key, value) in desired.CustomFields ?? new Dictionary<string, JsonElement>())
        {
            if (!existing.CustomFields.TryGetValue(key, out var current) || !JsonElement.DeepEquals(current, value))
            {
                changed[key] = value;
            }
        }

        return changed;
    }

    private static List<string> MissingTags(Contact existing, ContactDraft desired)
    {
        var held = new HashSet<string>(existing.Tags.Select(tag => tag.Trim()), StringComparer.OrdinalIgnoreCase);
        return [.. desired.Tags.Select(tag => tag.Trim()).Where(tag => tag.Length > 0 && held.Add(tag))];
    }

    private static List<ContactChannel> MissingChannels(
        Contact existing, ContactDraft desired, ContactsCapabilities capabilities, List<string> notApplied,
        out List<KeyValuePair<string, ContactChannel>> replace)
    {
        replace = [];
        var add = new List<ContactChannel>();
        foreach (var group in desired.Channels.GroupBy(channel => channel.Kind))
        {
            var held = existing.Channels.Where(channel => channel.Kind == group.Key).ToList();
            var room = capabilities.MaxChannelsPerKind is { } max ? max - held.Count : int.MaxValue;
            foreach (var channel in group.Where(channel => !held.Any(h => ContactMatchKeys.SameChannel(h, channel))))
            {
                if (room > 0)
                {
                    add.Add(channel);
                    room--;
                }
                else if (capabilities.MaxChannelsPerKind == 1 && !replace.Exists(r => r.Value.Kind == group.Key) && held[0].Id is { } id)
                {
                    replace.Add(new(id, channel with { IsPrimary = true }));
                }
                else
                {
                    notApplied.Add($"{group.Key} channel: the target holds {capabilities.MaxChannelsPerKind} per kind");
                }
            }
        }

        return add;
    }
}
