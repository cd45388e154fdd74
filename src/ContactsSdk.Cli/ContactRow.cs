using System.Text.Json;

namespace ContactsSdk.Cli;

/// <summary>
/// One contact as the tool writes it (export, list --json, get --json) and reads it (import): flat fields for CSV, plus
/// every channel and custom field for JSON.
/// </summary>
internal sealed record ContactRow
{
    public string? Id { get; init; }

    public string? Vendor { get; init; }

    public string? Name { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    /// <summary>Gets the tags, joined with ";" in CSV.</summary>
    public string? Tags { get; init; }

    public string? Company { get; init; }

    public string? JobTitle { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public IReadOnlyList<ChannelRow>? Channels { get; init; }

    public IReadOnlyDictionary<string, JsonElement>? CustomFields { get; init; }

    public static ContactRow From(Contact contact, bool details = true) => new()
    {
        Id = contact.Id,
        Vendor = contact.Vendor.ToString(),
        Name = contact.Name.Full,
        FirstName = contact.Name.First,
        LastName = contact.Name.Last,
        Email = contact.PrimaryEmail,
        Phone = contact.PrimaryPhone,
        Tags = contact.Tags.Count == 0 ? null : string.Join(';', contact.Tags),
        Company = contact.Company,
        JobTitle = contact.JobTitle,
        CreatedAt = contact.CreatedAt,
        UpdatedAt = contact.UpdatedAt,
        Channels = details ? [.. contact.Channels.Select(channel => new ChannelRow(channel.Kind.ToString(), channel.Value, channel.IsPrimary))] : null,
        CustomFields = details && contact.CustomFields.Count > 0 ? contact.CustomFields : null,
    };

    /// <summary>The draft an import writes: name, channels (the listed ones, else email and phone), tags, company, job title.</summary>
    public ContactDraft ToDraft()
    {
        var name = !string.IsNullOrWhiteSpace(Name) ? PersonName.FromFull(Name.Trim())
            : !string.IsNullOrWhiteSpace(FirstName) || !string.IsNullOrWhiteSpace(LastName) ? PersonName.FromParts(FirstName?.Trim(), LastName?.Trim())
            : null;
        return new ContactDraft
        {
            Name = name,
            Channels = Channels is { Count: > 0 } listed
                ? [.. listed.Select(channel => new ContactChannel(new ChannelKind(channel.Kind), channel.Value) { IsPrimary = channel.IsPrimary })]
                : [.. ChannelsOf()],
            Tags = string.IsNullOrWhiteSpace(Tags) ? [] : [.. Tags.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            CustomFields = CustomFields,
            Company = string.IsNullOrWhiteSpace(Company) ? null : Company,
            JobTitle = string.IsNullOrWhiteSpace(JobTitle) ? null : JobTitle,
        };
    }

    private IEnumerable<ContactChannel> ChannelsOf()
    {
        if (!string.IsNullOrWhiteSpace(Email))
        {
            yield return new ContactChannel(ChannelKind.Email, Email.Trim()) { IsPrimary = true };
        }

        if (!string.IsNullOrWhiteSpace(Phone))
        {
            yield return new ContactChannel(ChannelKind.Phone, Phone.Trim()) { IsPrimary = true };
        }
    }
}
