using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;
using ContactsSdk.Changes;
using ContactsSdk.DependencyInjection;
using ContactsSdk.Webhooks;
using Microsoft.Extensions.Options;

namespace ContactsSdk.AspNetCore.Webhooks;

/// <summary>
/// Turns a webhook event into fresh contacts: each created, updated or hinted contact is re-fetched through the
/// registered client (the body is a hint — Ecwid's is unsigned, AgentClara's unsigned altogether); a contact gone by
/// then comes back as <see cref="ContactChangeKind.Deleted"/>.
/// </summary>
/// <remarks>
/// A Wix event whose <see cref="ContactWebhookEvent.Sequence"/> is not above the highest seen for that contact is stale
/// (a resend or out-of-order delivery) and resolves to nothing; so does a merge's fan-out
/// (<see cref="ContactWebhookEvent.IsMergeFanOut"/>), which the originating merge event already reports. Sequences are
/// remembered in this process only.
/// </remarks>
public sealed class ContactWebhookResolver
{
    private const int MaxRememberedSequences = 100_000;

    private readonly IContactsClientFactory _clients;
    private readonly ContactsWebhooksOptions _options;
    private readonly ConcurrentDictionary<(string? Tenant, string ContactId), BigInteger> _sequences = new();

    /// <summary>Initializes a resolver over the registered clients.</summary>
    /// <param name="clients">The registered contact clients (<c>AddContactsSdk()</c>).</param>
    /// <param name="options">The webhook settings, which name the client per vendor when there are several.</param>
    public ContactWebhookResolver(IContactsClientFactory clients, IOptions<ContactsWebhooksOptions> options)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(options);
        _clients = clients;
        _options = options.Value;
    }

    /// <summary>Resolves an event into its changes, each created or updated one carrying the contact as the vendor has it now.</summary>
    /// <param name="webhookEvent">The event.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The changes; empty for a stale Wix event, a merge's fan-out, or an event about no contact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="webhookEvent"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No client, or more than one, is registered for the event's vendor and none is named in the options.</exception>
    /// <exception cref="ContactsSdk.Errors.ContactsException">A re-fetch failed.</exception>
    public async Task<IReadOnlyList<ContactChange>> ResolveAsync(ContactWebhookEvent webhookEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        if (webhookEvent.IsMergeFanOut || webhookEvent.Changes.Count == 0 || IsStale(webhookEvent))
        {
            return [];
        }

        var client = ClientFor(webhookEvent.Vendor);
        var resolved = new List<ContactChange>(webhookEvent.Changes.Count);
        foreach (var change in webhookEvent.Changes)
        {
            resolved.Add(change.Kind is ContactChangeKind.Deleted or ContactChangeKind.Merged
                ? change
                : await RefetchAsync(client, change, cancellationToken).ConfigureAwait(false));
        }

        return resolved;
    }

    private static async Task<ContactChange> RefetchAsync(IContactsClient client, ContactChange change, CancellationToken cancellationToken)
    {
        var contact = await client.TryGetAsync(change.ContactId, cancellationToken).ConfigureAwait(false);
        return contact is null
            ? change with { Kind = ContactChangeKind.Deleted, Contact = null }
            : change with { Contact = contact };
    }

    // Wix: "If the new message has an older (lower) number, you can safely ignore it." Equal means a resend.
    private bool IsStale(ContactWebhookEvent webhookEvent)
    {
        if (webhookEvent.Vendor != ContactsVendor.Wix
            || !BigInteger.TryParse(webhookEvent.Sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return false;
        }

        if (_sequences.Count >= MaxRememberedSequences)
        {
            _sequences.Clear();
        }

        var stale = false;
        foreach (var change in webhookEvent.Changes)
        {
            stale |= !Observe((webhookEvent.TenantId, change.ContactId), sequence);
        }

        return stale;
    }

    // True when the sequence is the highest seen for the contact (and is now remembered); compare-and-swap, no lock.
    private bool Observe((string? Tenant, string ContactId) key, BigInteger sequence)
    {
        while (true)
        {
            if (_sequences.TryAdd(key, sequence))
            {
                return true;
            }

            if (_sequences.TryGetValue(key, out var seen))
            {
                if (sequence <= seen)
                {
                    return false;
                }

                if (_sequences.TryUpdate(key, sequence, seen))
                {
                    return true;
                }
            }
        }
    }

    private IContactsClient ClientFor(ContactsVendor vendor)
    {
        var name = vendor switch
        {
            ContactsVendor.Ecwid => _options.Ecwid.ClientName,
            ContactsVendor.Wix => _options.Wix.ClientName,
            _ => _options.AgentClara.ClientName,
        };
        if (name is not null)
        {
            return _clients.Get(name);
        }

        var matching = _clients.Names.Select(_clients.Get).Where(client => client.Vendor == vendor).Take(2).ToList();
        return matching.Count == 1
            ? matching[0]
            : throw new InvalidOperationException(
                $"{matching.Count} {vendor} clients are registered; register one with AddContactsSdk(), or name it in the webhook options ({vendor}.ClientName).");
    }
}
