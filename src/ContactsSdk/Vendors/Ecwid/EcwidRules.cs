using System.Globalization;
using ContactsSdk.Errors;
using ContactsSdk.Internal;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>Ecwid's input rules, checked on our side before any request.</summary>
internal static class EcwidRules
{
    /// <summary>Parses a facade id (a string) into Ecwid's numeric id.</summary>
    public static long Id(string? value, string what, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new ArgumentException($"The value is not a valid Ecwid {what} id (a positive number).", paramName);
    }

    public static void PositiveId(long value, string paramName) => ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, paramName);

    /// <summary>Checks a channel and returns its Ecwid type.</summary>
    public static string Channel(ContactChannel? channel, string paramName)
    {
        ArgumentNullException.ThrowIfNull(channel, paramName);
        Guard.ChannelValue(channel.Value, paramName);
        return EcwidContactTypes.TypeOf(channel.Kind)
            ?? throw new ArgumentException(
                $"Channel kind '{channel.Kind}' has no Ecwid contact type; use a well-known kind or an Ecwid type name such as SIGNAL.", paramName);
    }

    /// <summary>Checks a channel written to the billing phone, which holds a phone number only.</summary>
    public static void BillingPhone(ContactChannel? channel, string paramName)
    {
        Channel(channel, paramName);
        if (channel!.Kind != ChannelKind.Phone)
        {
            throw new ArgumentException($"The billing phone is a Phone channel, not {channel.Kind}.", paramName);
        }
    }

    /// <summary>Checks a draft and returns the email the customer is created with.</summary>
    public static string Draft(ContactDraft? draft, string paramName)
    {
        ArgumentNullException.ThrowIfNull(draft, paramName);
        if (draft.Tags.Count > 0)
        {
            throw new UnsupportedContactOperationException(ContactsVendor.Ecwid, "Tags");
        }

        if (draft.CustomFields is { Count: > 0 })
        {
            throw new UnsupportedContactOperationException(ContactsVendor.Ecwid, "CustomFields");
        }

        if (draft.JobTitle is not null)
        {
            throw new UnsupportedContactOperationException(ContactsVendor.Ecwid, "JobTitle");
        }

        foreach (var channel in draft.Channels)
        {
            Channel(channel, paramName);
        }

        return EmailOf(draft)?.Value
            ?? throw new ArgumentException("Ecwid requires an email to create a customer: add a channel of kind Email to the draft.", paramName);
    }

    /// <summary>The email a customer is created with: the primary Email channel, else the first.</summary>
    public static ContactChannel? EmailOf(ContactDraft draft)
        => draft.Channels.FirstOrDefault(channel => channel.Kind == ChannelKind.Email && channel.IsPrimary)
            ?? draft.Channels.FirstOrDefault(channel => channel.Kind == ChannelKind.Email);

    public static void Patch(ContactPatch? patch, string paramName)
    {
        ArgumentNullException.ThrowIfNull(patch, paramName);
        if (patch.ChangesCustomFields)
        {
            throw new UnsupportedContactOperationException(ContactsVendor.Ecwid, "CustomFields");
        }

        if (patch.JobTitle.HasValue)
        {
            throw new UnsupportedContactOperationException(ContactsVendor.Ecwid, "JobTitle");
        }
    }

    public static void ContactInput(EcwidCustomerContactInput? input, bool creating, string paramName)
    {
        ArgumentNullException.ThrowIfNull(input, paramName);
        if (creating)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(input.Contact, paramName);
            ArgumentException.ThrowIfNullOrWhiteSpace(input.Type, paramName);
        }

        if (input.Contact is not null)
        {
            Guard.ChannelValue(input.Contact, paramName);
        }

        if (input.Type is not null && EcwidContactTypes.TypeOf(new ChannelKind(input.Type)) != input.Type)
        {
            throw new ArgumentException($"{Guard.Quote(input.Type)} is not an Ecwid contact type (upper case, such as PHONE).", paramName);
        }

        if (input.OrderBy is < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, input.OrderBy, "OrderBy cannot be negative.");
        }
    }

    public static string? NameOf(PersonName? name)
        => name is null ? null : (name.Full ?? PersonName.FromParts(name.First, name.Last).Full)?.Trim();
}
