using System.Text.Json;

namespace ContactsSdk;

/// <summary>Represents a contact in any vendor, in one shape.</summary>
/// <remarks>
/// <see cref="ToString"/> prints only the vendor and id: names, emails and phones are personal data and stay out of logs.
/// </remarks>
public sealed record Contact
{
    /// <summary>Gets the vendor's id: an Ecwid customer id, a Wix GUID or an AgentClara <c>cust_…</c> id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the vendor that holds the contact.</summary>
    public required ContactsVendor Vendor { get; init; }

    /// <summary>Gets the contact's name.</summary>
    public PersonName Name { get; init; } = new(null, null, null);

    /// <summary>Gets the channels through which the contact can be reached.</summary>
    public IReadOnlyList<ContactChannel> Channels { get; init; } = [];

    /// <summary>Gets the primary email address, or the first one when none is marked primary.</summary>
    public string? PrimaryEmail => PrimaryOf(ChannelKind.Email);

    /// <summary>Gets the primary phone number, or the first one when none is marked primary.</summary>
    public string? PrimaryPhone => PrimaryOf(ChannelKind.Phone);

    /// <summary>Gets the tags, as a person reads them (Wix label display names, AgentClara tags).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>
    /// Gets the custom fields the user defined (Wix <c>custom.*</c> extended fields, AgentClara <c>custom_fields</c>). Wix's
    /// system extended fields are not custom fields: read them with <c>IWixContactsClient.ExtendedFields.GetValuesForContactAsync</c>.
    /// </summary>
    /// <remarks>Empty means "none" only when <see cref="CustomFieldsLoaded"/> is <see langword="true"/>.</remarks>
    public IReadOnlyDictionary<string, JsonElement> CustomFields { get; init; } = EmptyCustomFields;

    /// <summary>
    /// Gets whether <see cref="CustomFields"/> holds what the vendor has. It is <see langword="false"/> when the vendor's
    /// answer did not carry custom fields — AgentClara list and search items (a reduced projection), a Wix query whose
    /// projection leaves out extended fields — and <see cref="CustomFields"/> is then empty although the contact may have
    /// some: <see cref="IContactsClient.GetAsync"/> reads them.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool CustomFieldsLoaded { get; init; } = true;

    /// <summary>Gets the company name, where the vendor has one.</summary>
    public string? Company { get; init; }

    /// <summary>Gets the job title, where the vendor has one.</summary>
    public string? JobTitle { get; init; }

    /// <summary>Gets when the contact was created, where the vendor says.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the contact last changed, where the vendor says.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the vendor's concurrency token (Wix <c>revision</c>); <see langword="null"/> where the vendor has none.</summary>
    public string? Revision { get; init; }

    /// <summary>Gets the vendor's own payload, filled only when the caller asked for it (<see cref="ContactQuery.IncludeRaw"/>).</summary>
    public JsonElement? Raw { get; init; }

    private static readonly IReadOnlyDictionary<string, JsonElement> EmptyCustomFields =
        new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>Returns the vendor and id only, so that a contact logged by mistake leaks no personal data.</summary>
    /// <returns>A description without personal data.</returns>
    public override string ToString() => $"Contact {{ Vendor = {Vendor}, Id = {Id} }}";

    private string? PrimaryOf(ChannelKind kind)
    {
        ContactChannel? first = null;
        foreach (var channel in Channels)
        {
            if (channel.Kind != kind)
            {
                continue;
            }

            if (channel.IsPrimary)
            {
                return channel.Value;
            }

            first ??= channel;
        }

        return first?.Value;
    }
}
