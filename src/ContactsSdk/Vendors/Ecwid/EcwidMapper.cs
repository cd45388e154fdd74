using System.Globalization;
using System.Text.Json;
using ContactsSdk.Vendors.Ecwid.Models;

namespace ContactsSdk.Vendors.Ecwid;

/// <summary>Maps Ecwid wire records to and from the domain. Pure functions: no I/O, no state.</summary>
internal static class EcwidMapper
{
    public static Contact ToContact(EcwidCustomerResource customer, JsonElement? raw = null)
        => new()
        {
            Id = customer.Id.ToString(CultureInfo.InvariantCulture),
            Vendor = ContactsVendor.Ecwid,
            Name = ToName(customer),
            Channels = ToChannels(customer),
            Company = NullIfEmpty(customer.BillingPerson?.CompanyName),
            CreatedAt = customer.Registered,
            UpdatedAt = customer.Updated,
            Raw = raw,
        };

    /// <summary>First and last name come from the billing person when Ecwid splits it; the full name is Ecwid's <c>name</c>.</summary>
    public static PersonName ToName(EcwidCustomerResource customer)
    {
        var billing = customer.BillingPerson;
        var full = NullIfEmpty(billing?.Name) ?? NullIfEmpty(customer.Name);
        var first = NullIfEmpty(billing?.FirstName);
        var last = NullIfEmpty(billing?.LastName);
        return first is null && last is null ? PersonName.FromFull(full) : new PersonName(first, last, full ?? PersonName.FromParts(first, last).Full);
    }

    public static ContactChannel ToChannel(EcwidContactResource contact)
        => new(EcwidContactTypes.KindOf(contact.Type), contact.Contact ?? string.Empty)
        {
            Id = contact.Id?.ToString(CultureInfo.InvariantCulture),
            Handle = contact.Handle,
            Note = contact.Note,
            IsPrimary = contact.IsDefault ?? false,
        };

    /// <summary>The request for a facade channel; <c>default</c> is sent only to make a channel primary, never to demote one.</summary>
    public static EcwidContactRequest ToContactRequest(ContactChannel channel, string type)
        => new()
        {
            Contact = channel.Value,
            Type = type,
            Handle = channel.Handle,
            Note = channel.Note,
            IsDefault = channel.IsPrimary ? true : null,
        };

    public static EcwidContactRequest ToContactRequest(EcwidCustomerContactInput input)
        => new()
        {
            Contact = input.Contact,
            Type = input.Type,
            Handle = input.Handle,
            Note = input.Note,
            IsDefault = input.IsDefault,
            OrderBy = input.OrderBy,
        };

    public static EcwidCustomerCreateRequest ToCreateRequest(ContactDraft draft, string email)
    {
        var name = EcwidRules.NameOf(draft.Name);
        return new()
        {
            Email = email,
            BillingPerson = name is null && draft.Company is null ? null : new EcwidBillingPersonRequest { Name = name, CompanyName = draft.Company },
        };
    }

    /// <summary>
    /// Builds the customer-level update for a patch. Ecwid replaces <c>billingPerson</c> as a whole, so the current one is
    /// sent back with only the patched fields changed; a cleared field is sent as "" (Ecwid's empty value).
    /// </summary>
    public static EcwidCustomerUpdateRequest ToUpdateRequest(ContactPatch patch, EcwidBillingPersonResource? current)
    {
        var billing = ToBillingRequest(current);
        if (patch.Name.HasValue)
        {
            billing = billing with { Name = EcwidRules.NameOf(patch.Name.Value) ?? string.Empty };
        }

        if (patch.Company.HasValue)
        {
            billing = billing with { CompanyName = patch.Company.Value ?? string.Empty };
        }

        return new EcwidCustomerUpdateRequest { BillingPerson = billing };
    }

    public static EcwidCustomer ToCustomer(EcwidCustomerResource customer)
        => new()
        {
            Id = customer.Id,
            Email = customer.Email,
            Name = customer.Name,
            Registered = customer.Registered,
            Updated = customer.Updated,
            CustomerGroupId = customer.CustomerGroupId,
            CustomerGroupName = customer.CustomerGroupName,
            BillingPerson = customer.BillingPerson is { } billing ? ToAddress(billing) : null,
            ShippingAddresses = [.. (customer.ShippingAddresses ?? []).Select(ToAddress)],
            Contacts = [.. (customer.Contacts ?? []).Select(ToCustomerContact)],
            TaxId = customer.TaxId,
            TaxIdValid = customer.TaxIdValid,
            TaxExempt = customer.TaxExempt,
            B2BOrB2C = customer.B2BOrB2C,
            FiscalCode = customer.FiscalCode,
            ElectronicInvoicePecEmail = customer.ElectronicInvoicePecEmail,
            ElectronicInvoiceSdiCode = customer.ElectronicInvoiceSdiCode,
            AcceptMarketing = customer.AcceptMarketing,
            Lang = customer.Lang,
            Stats = customer.Stats is { } stats ? ToStats(stats) : null,
            TotalOrderCount = customer.TotalOrderCount,
            PrivateAdminNotes = customer.PrivateAdminNotes,
            ExternalReferenceId = customer.ExternalReferenceId,
        };

    public static EcwidCustomerContact ToCustomerContact(EcwidContactResource contact)
        => new()
        {
            Id = contact.Id ?? 0,
            Type = contact.Type ?? "OTHER",
            Contact = contact.Contact ?? string.Empty,
            Handle = contact.Handle,
            Note = contact.Note,
            IsDefault = contact.IsDefault ?? false,
            OrderBy = contact.OrderBy ?? 0,
            Timestamp = contact.Timestamp,
        };

    public static EcwidCustomerGroup ToGroup(EcwidGroupResource group) => new(group.Id, group.Name ?? string.Empty, group.ExternalReferenceId);

    public static EcwidDeletedCustomer ToDeleted(EcwidDeletedResource deleted) => new(deleted.Id, deleted.Date);

    /// <summary>The Ecwid sort for a facade sort and direction; names default to A→Z and dates to oldest first.</summary>
    public static string ToSortBy(ContactSortField sort, bool descending)
        => (sort, descending) switch
        {
            (ContactSortField.Name, false) => "NAME_ASC",
            (ContactSortField.Name, true) => "NAME_DESC",
            (ContactSortField.Updated, false) => "UPDATED_DATE_ASC",
            (ContactSortField.Updated, true) => "UPDATED_DATE_DESC",
            (_, false) => "REGISTERED_DATE_ASC",
            (_, true) => "REGISTERED_DATE_DESC",
        };

    public static long? ToUnixSeconds(DateTimeOffset? value) => value?.ToUnixTimeSeconds();

    // Plain loops, no closures: this runs for every customer of every page (LINQ and captured lambdas were a measurable share).
    private static List<ContactChannel> ToChannels(EcwidCustomerResource customer)
    {
        var contacts = customer.Contacts ?? [];
        var channels = new List<ContactChannel>(contacts.Count + 2);
        var hasEmail = false;
        var hasPrimaryEmail = false;
        foreach (var contact in contacts)
        {
            var channel = ToChannel(contact);
            channels.Add(channel);
            if (channel.Kind == ChannelKind.Email)
            {
                hasEmail |= string.Equals(channel.Value, customer.Email, StringComparison.OrdinalIgnoreCase);
                hasPrimaryEmail |= channel.IsPrimary;
            }
        }

        // The customer's email is a channel even when Ecwid lists no EMAIL contact for it.
        if (!string.IsNullOrEmpty(customer.Email) && !hasEmail)
        {
            channels.Insert(0, new ContactChannel(ChannelKind.Email, customer.Email) { IsPrimary = !hasPrimaryEmail });
        }

        AddBillingPhone(channels, customer.BillingPerson?.Phone);
        return channels;
    }

    /// <summary>
    /// The update that sets (or, with "", clears) the billing phone: Ecwid replaces <c>billingPerson</c> as a whole, so the
    /// current one is sent back with only the phone changed.
    /// </summary>
    public static EcwidCustomerUpdateRequest ToBillingPhoneUpdate(EcwidBillingPersonResource? current, string phone)
        => new() { BillingPerson = ToBillingRequest(current) with { Phone = phone } };

    /// <summary>
    /// Older customers keep their phone only in <c>billingPerson.phone</c>; it is a Phone channel too (id
    /// <see cref="EcwidContactsClient.BillingPhoneChannelId"/>) unless a PHONE contact already holds the same digits.
    /// </summary>
    private static void AddBillingPhone(List<ContactChannel> channels, string? billingPhone)
    {
        var phone = NullIfEmpty(billingPhone);
        if (phone is null || channels.Any(channel => channel.Kind == ChannelKind.Phone && SamePhone(channel.Value, phone)))
        {
            return;
        }

        channels.Add(new ContactChannel(ChannelKind.Phone, phone)
        {
            Id = EcwidContactsClient.BillingPhoneChannelId,
            IsPrimary = !channels.Any(channel => channel.Kind == ChannelKind.Phone && channel.IsPrimary),
        });
    }

    // "+1 (555) 000-1111" and "15550001111" are one number: only the digits are compared.
    private static bool SamePhone(string left, string right)
    {
        var digits = DigitsOf(left);
        return digits.Length > 0 && digits == DigitsOf(right);
    }

    private static string DigitsOf(string phone) => string.Concat(phone.Where(char.IsAsciiDigit));

    private static EcwidBillingPersonRequest ToBillingRequest(EcwidBillingPersonResource? billing)
        => billing is null
            ? new EcwidBillingPersonRequest()
            : new EcwidBillingPersonRequest
            {
                Name = billing.Name,
                CompanyName = billing.CompanyName,
                Street = billing.Street,
                City = billing.City,
                CountryCode = billing.CountryCode,
                PostalCode = billing.PostalCode,
                StateOrProvinceCode = billing.StateOrProvinceCode,
                Phone = billing.Phone,
            };

    private static EcwidAddress ToAddress(EcwidBillingPersonResource billing)
        => new()
        {
            Name = billing.Name,
            FirstName = billing.FirstName,
            LastName = billing.LastName,
            CompanyName = billing.CompanyName,
            Street = billing.Street,
            City = billing.City,
            CountryCode = billing.CountryCode,
            CountryName = billing.CountryName,
            PostalCode = billing.PostalCode,
            StateOrProvinceCode = billing.StateOrProvinceCode,
            StateOrProvinceName = billing.StateOrProvinceName,
            Phone = billing.Phone,
        };

    private static EcwidAddress ToAddress(EcwidShippingAddressResource address)
        => new()
        {
            Id = address.Id,
            Name = address.Name,
            CompanyName = address.CompanyName,
            Street = address.Street,
            City = address.City,
            CountryCode = address.CountryCode,
            CountryName = address.CountryName,
            PostalCode = address.PostalCode,
            StateOrProvinceCode = address.StateOrProvinceCode,
            StateOrProvinceName = address.StateOrProvinceName,
            Phone = address.Phone,
            AddressFormatted = address.AddressFormatted,
            IsDefault = address.DefaultAddress,
        };

    private static EcwidCustomerStats ToStats(EcwidCustomerStatsResource stats)
        => new()
        {
            NumberOfOrders = stats.NumberOfOrders,
            SalesValue = stats.SalesValue,
            AverageOrderValue = stats.AverageOrderValue,
            FirstOrderDate = stats.FirstOrderDate,
            LastOrderDate = stats.LastOrderDate,
        };

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
