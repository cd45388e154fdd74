using System.Text.Json;
using System.Text.RegularExpressions;
using ContactsSdk.Errors;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.AgentClara;

/// <summary>AgentClara's input rules, checked on our side before any request (spec §1.3, §2.3).</summary>
internal static partial class AgentClaraRules
{
    /// <summary>Contact ids are <c>cust_</c>-prefixed ([DOC]); the prefix also keeps an id from colliding with <c>/contacts/search</c>.</summary>
    [GeneratedRegex(@"^cust_[A-Za-z0-9_\-]+\z", RegexOptions.CultureInvariant)]
    public static partial Regex ContactId();

    /// <summary>E.164: a plus, a non-zero digit, at most 15 digits in all.</summary>
    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}\z", RegexOptions.CultureInvariant)]
    public static partial Regex E164();

    /// <summary>Checks a contact id before any request: <c>cust_</c> and a path-safe rest.</summary>
    public static void GuardContactId(string? contactId, string paramName)
        => Guard.Id(contactId, ContactId(), "AgentClara contact id (cust_…)", paramName);

    public static string ChannelIdOf(ChannelKind kind) => kind == ChannelKind.Email ? "email" : "phone";

    /// <summary>AgentClara keeps one email and one phone; their channel ids are the field names.</summary>
    public static ChannelKind KindOfChannelId(string channelId, string paramName)
        => channelId switch
        {
            "email" => ChannelKind.Email,
            "phone" => ChannelKind.Phone,
            _ => throw new ArgumentException("AgentClara channel ids are 'email' and 'phone'.", paramName),
        };

    public static void Channel(ContactChannel? channel, string paramName)
    {
        ArgumentNullException.ThrowIfNull(channel, paramName);
        if (!AgentClaraCapabilities.Value.SupportsChannel(channel.Kind))
        {
            throw new UnsupportedContactOperationException(ContactsVendor.AgentClara, $"channels of kind {channel.Kind}");
        }

        Guard.ChannelValue(channel.Value, paramName);
        if (channel.Kind == ChannelKind.Phone && !E164().IsMatch(channel.Value))
        {
            throw new ArgumentException("AgentClara phone numbers must be E.164, e.g. +15551234567.", paramName);
        }

        if (channel.Kind == ChannelKind.Email && !EmailAddresses.IsValid(channel.Value))
        {
            throw new ArgumentException("The email address is not valid.", paramName);
        }
    }

    public static void Draft(ContactDraft? draft, string paramName)
    {
        ArgumentNullException.ThrowIfNull(draft, paramName);
        if (string.IsNullOrWhiteSpace(NameOf(draft.Name)))
        {
            throw new ArgumentException("AgentClara requires a contact name.", paramName);
        }

        NoCompanyOrJobTitle(draft.Company is not null, draft.JobTitle is not null);
        foreach (var group in draft.Channels.GroupBy(channel => channel?.Kind))
        {
            foreach (var channel in group)
            {
                Channel(channel, paramName);
            }

            if (group.Count() > 1)
            {
                throw new ArgumentException($"AgentClara keeps one channel of kind {group.Key}; the draft has {group.Count()}.", paramName);
            }
        }

        CustomFieldValues(draft.CustomFields?.Select(pair => (pair.Key, (JsonElement?)pair.Value)), paramName);
    }

    public static void Patch(ContactPatch? patch, string paramName)
    {
        ArgumentNullException.ThrowIfNull(patch, paramName);
        NoCompanyOrJobTitle(patch.Company.HasValue, patch.JobTitle.HasValue);
        if (patch.Name.HasValue && string.IsNullOrWhiteSpace(NameOf(patch.Name.Value)))
        {
            throw new ArgumentException("AgentClara requires a contact name: it cannot be cleared.", paramName);
        }

        if (patch.CustomFields is { } fields)
        {
            CustomFieldValues(fields.Select(pair => (pair.Key, pair.Value)), paramName);
        }
    }

    public static string? NameOf(PersonName? name)
        => name is null ? null : (name.Full ?? PersonName.FromParts(name.First, name.Last).Full)?.Trim();

    private static void NoCompanyOrJobTitle(bool company, bool jobTitle)
    {
        if (company || jobTitle)
        {
            throw new UnsupportedContactOperationException(ContactsVendor.AgentClara, company ? "Company" : "JobTitle");
        }
    }

    /// <summary>custom_fields is a flat object of strings, numbers, booleans and nulls ([PROP] §2.3).</summary>
    private static void CustomFieldValues(IEnumerable<(string Key, JsonElement? Value)>? fields, string paramName)
    {
        foreach (var (key, value) in fields ?? [])
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(key, paramName);
            if (value is { ValueKind: JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Undefined })
            {
                throw new ArgumentException($"AgentClara custom field {Guard.Quote(key)} must be a string, number, boolean or null.", paramName);
            }
        }
    }
}
