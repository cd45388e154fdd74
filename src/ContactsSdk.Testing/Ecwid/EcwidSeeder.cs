using System.Text.Json.Nodes;
using ContactsSdk.Testing.Infrastructure;

namespace ContactsSdk.Testing.Ecwid;

/// <summary>Adds customers and contacts straight into a store, for tests that need data without HTTP.</summary>
internal static class EcwidSeeder
{
    public static long SeedCustomer(EcwidStore store, DateTimeOffset now, string email, string? name, DateTimeOffset? registered)
    {
        if (!FakeEmailRule.IsValid(email))
        {
            throw new ArgumentException("The email address is not valid.", nameof(email));
        }

        if (store.FindByEmail(email) is not null)
        {
            throw new ArgumentException($"A customer with email '{email}' already exists.", nameof(email));
        }

        var at = registered ?? now;
        at = at.AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond));
        var customer = new EcwidCustomerRecord
        {
            Id = store.NextCustomerId(),
            Email = email,
            Registered = at,
            Updated = at,
            BillingPerson = name is null ? null : new JsonObject { ["name"] = name },
        };
        customer.Scalars["taxId"] = string.Empty;
        customer.Scalars["taxIdValid"] = true;
        customer.Scalars["taxExempt"] = false;
        customer.Scalars["b2b_b2c"] = "b2c";
        customer.Contacts.Add(new EcwidContactRecord { Id = store.NextContactId(), Contact = email, Type = "EMAIL", IsDefault = true, Timestamp = at });
        store.Add(customer);
        return customer.Id;
    }

    /// <summary>Adds a contact of any type, even one outside the documented enum, as data written by a newer Ecwid would be.</summary>
    public static long SeedContact(EcwidStore store, DateTimeOffset now, long customerId, string type, string value)
    {
        var customer = store.FindCustomer(customerId) ?? throw new ArgumentException($"Customer {customerId} does not exist.", nameof(customerId));
        var contact = new EcwidContactRecord
        {
            Id = store.NextContactId(),
            Contact = value,
            Type = type,
            OrderBy = EcwidContactRules.NextOrderBy(customer.Contacts, type),
            IsDefault = !customer.Contacts.Any(existing => existing.Type == type),
            Timestamp = now,
        };
        customer.Contacts.Add(contact);
        return contact.Id;
    }
}
